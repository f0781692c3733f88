package org.synthhealth.core.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.CohortSpecBuilder;
import org.synthhealth.core.MigrationStrategy;
import org.synthhealth.core.format.FixtureWriter;
import org.synthhealth.core.format.vista.GtmDatabase;
import org.synthhealth.core.format.vista.VistaFormat;
import org.synthhealth.core.migration.internal.extract.GtmVistaSource;
import org.synthhealth.core.migration.internal.extract.SourceIndex;
import org.synthhealth.core.model.Patient;

/**
 * The cohort's globals loaded into a real GT.M database with {@code mupip load} migrate exactly as the ZWR file does:
 * the same patients read, the same faults striking the same patients, the same target.
 */
class GtmSourceMigrationTest {

    private static final int PATIENTS = 40;

    @TempDir
    static Path shared;

    private static Cohort cohort;
    private static Path zwr;
    private static GtmDatabase database;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadTheCohortIntoGtm() throws IOException, InterruptedException {
        CohortSpec spec = base().build();
        cohort = Cohort.generate(spec);
        zwr = writeGlobals(spec, shared.resolve("zwr"), cohort.patients());
        database = GtmDatabase.create(Files.createDirectories(shared.resolve("db")));
        database.load(zwr);
    }

    static CohortSpecBuilder base() {
        return CohortSpec.builder().patients(PATIENTS).seed(MigrationFixtures.SEED).batchSize(8).concurrentWorkers(3);
    }

    static Path writeGlobals(CohortSpec spec, Path dir, List<Patient> patients) throws IOException {
        Files.createDirectories(dir);
        try (FixtureWriter writer = new VistaFormat().open(dir, spec, MigrationFixtures.SEED)) {
            for (Patient patient : patients) {
                writer.write(patient);
            }
            writer.finish();
            writer.commit();
        }
        return dir.resolve(VistaFormat.FILE_NAME);
    }

    static Stream<Arguments> faultMixes() {
        return Stream.of(
                Arguments.of("clean", MigrationStrategy.STAGED, base()
                        .migrationSettings(MigrationFixtures.settings(1, 1, 1, 1, 0, 0, 0)).build()),
                Arguments.of("mixed faults", MigrationStrategy.PARALLEL, base()
                        .migrationStrategy(MigrationStrategy.PARALLEL)
                        .migrationSettings(MigrationFixtures.settings(0.95, 0.9, 0.9, 0.9, 0.1, 0.1, 0.2)).build()),
                Arguments.of("heavy faults and error patterns", MigrationStrategy.BIG_BANG, base()
                        .migrationStrategy(MigrationStrategy.BIG_BANG)
                        .migrationSettings(MigrationFixtures.settings(0.8, 0.85, 0.9, 0.95, 0.3, 0.2, 1.0,
                                Map.of("rollback_threshold", 1.0)))
                        .errorPatterns(Map.of("medication_errors", Map.of("dosage_corruption", 0.3),
                                "demographic_errors", Map.of("missing_fields", 0.2)))
                        .build()));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("faultMixes")
    void migratesFromGtmExactlyAsFromTheZwrFile(String mix, MigrationStrategy strategy, CohortSpec spec) {
        MigrationResult fromZwr = MigrationSimulator.forSpec(spec).outputDir(dir.resolve("zwr")).sourceGlobals(zwr)
                .build().run(cohort);
        MigrationResult fromGtm = MigrationSimulator.forSpec(spec).outputDir(dir.resolve("gtm"))
                .gtmSource(GtmSource.of(database.globalDirectory()).withGtmDist(database.gtmDist()))
                .build().run(cohort);

        assertThat(fromZwr.strategy()).isEqualTo(strategy);
        assertThat(fromGtm.patients()).as("per-patient outcomes under %s", mix).isEqualTo(fromZwr.patients());
        assertThat(fromGtm.quality()).isEqualTo(fromZwr.quality());
        assertThat(fromGtm.targetRowCounts()).isEqualTo(fromZwr.targetRowCounts());
        assertThat(fromGtm).isEqualTo(fromZwr);
        assertThat(MigrationReports.json(fromGtm)).isEqualTo(MigrationReports.json(fromZwr));
        assertThat(dir.resolve("gtm").resolve(VistaFormat.FILE_NAME)).as("no globals written for a live source")
                .doesNotExist();
    }

    @Test
    void answersEveryQueryAsTheZwrIndexDoes() throws IOException {
        try (SourceIndex index = SourceIndex.read(zwr);
                GtmVistaSource gtm = GtmVistaSource.connect(java.util.Optional.of(database.gtmDist()),
                        database.globalDirectory())) {
            assertThat(gtm.patients()).hasSize(PATIENTS).isEqualTo(index.patients());
            assertThat(gtm.nodeCount()).isEqualTo(index.nodeCount());
            for (long dfn : index.patients()) {
                assertThat(gtm.query(dfn)).as("DFN %d", dfn).isEqualTo(index.query(dfn));
            }
            assertThat(gtm.query(PATIENTS + 1)).isEmpty();
            for (String file : List.of("DIC(10)", "DIC(10.2)", "DIC(5)", "GMRD(120.51)", "ICD9", "PSDRUG", "AUTTIMM")) {
                for (long ien = 0; ien <= 3; ien++) {
                    assertThat(gtm.entry(file, ien)).as("%s entry %d", file, ien).isEqualTo(index.entry(file, ien));
                }
            }
        }
    }
}
