package org.synthhealth.core.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.InvalidInputException;
import org.synthhealth.core.format.vista.GtmDatabase;
import org.synthhealth.core.migration.internal.extract.GtmVistaSource;
import org.synthhealth.core.migration.internal.extract.SourceReadException;

/**
 * What goes wrong with a live GT.M source ends either in a clear patient outcome (a missing DFN, a GT.M error while
 * reading) or, for a misconfiguration, in a one-line error before anything is written.
 */
class GtmSourceFailureTest {

    private static final int PATIENTS = 12;

    /** A second region for ^DPT(7) and ^ICD9, whose database file the test then removes. */
    private static final String LOST_REGION = String.join("\n",
            "change -region DEFAULT -stdnullcoll",
            "add -segment LOSTSEG -file_name=lost.dat",
            "add -region LOSTREG -dynamic_segment=LOSTSEG -key_size=1019 -record_size=1048576 -stdnullcoll",
            "add -name DPT(7) -region=LOSTREG",
            "add -name ICD9 -region=LOSTREG",
            "");

    @TempDir
    Path dir;

    private final CohortSpec spec = GtmSourceMigrationTest.base().patients(PATIENTS).batchSize(5)
            .migrationSettings(MigrationFixtures.settings(1, 1, 1, 1, 0, 0, 0)).build();
    private final Cohort cohort = Cohort.generate(spec);

    private GtmDatabase loaded(String gde) throws IOException, InterruptedException {
        Path zwr = GtmSourceMigrationTest.writeGlobals(spec, dir.resolve("zwr"), cohort.patients());
        GtmDatabase database = GtmDatabase.create(Files.createDirectories(dir.resolve("db")), gde);
        database.load(zwr);
        return database;
    }

    private MigrationResult migrate(GtmDatabase database) {
        return MigrationSimulator.forSpec(spec).outputDir(dir.resolve("out")).gtmSource(source(database)).build()
                .run(cohort);
    }

    private static GtmSource source(GtmDatabase database) {
        return GtmSource.of(database.globalDirectory()).withGtmDist(database.gtmDist());
    }

    @Test
    void aPatientKilledFromTheDatabaseFailsAtExtractWithTheReason() throws Exception {
        GtmDatabase database = loaded("");
        database.runRoutine("synthkill", "synthkill ; remove one patient\n kill ^DPT(7)\n quit\n");

        MigrationResult result = migrate(database);

        PatientOutcome killed = result.patients().get(6);
        assertThat(killed.dfn()).isEqualTo(7);
        assertThat(killed.state()).isEqualTo(PatientState.FAILED);
        assertThat(killed.stage()).isEqualTo(MigrationStage.EXTRACT);
        assertThat(killed.reasons()).containsExactly("extract.query: DFN 7 is not in the VistA source");
        assertThat(result.patients()).filteredOn(p -> p.dfn() != 7)
                .allSatisfy(p -> assertThat(p.state()).as("DFN %d", p.dfn()).isIn(PatientState.MIGRATED,
                        PatientState.MIGRATED_WITH_DEFECTS));
        assertThat(result.errorCount("source_missing")).isEqualTo(1);
        assertThat(result.targetRowCounts()).containsEntry("PERSON", (long) PATIENTS - 1);
    }

    @Test
    void aDatabaseFileLostMidRunFailsThePatientsItHoldsWithGtmsError() throws Exception {
        GtmDatabase database = loaded(LOST_REGION);
        Files.delete(database.globalDirectory().resolveSibling("lost.dat"));

        MigrationResult result = migrate(database);

        PatientOutcome lost = result.patients().get(6);
        assertThat(lost.state()).isEqualTo(PatientState.FAILED);
        assertThat(lost.stage()).isEqualTo(MigrationStage.EXTRACT);
        assertThat(lost.reasons()).singleElement().asString().startsWith("extract.query: GT.M error: %GTM-E-DBFILERR")
                .contains("lost.dat");
        List<PatientOutcome> withProblems = result.patients().stream().filter(p -> p.dfn() != 7)
                .filter(p -> !cohort.patients().get((int) p.dfn() - 1).conditions().isEmpty()).toList();
        assertThat(withProblems).as("patients whose problems point at ICD DIAGNOSIS").isNotEmpty()
                .allSatisfy(p -> {
                    assertThat(p.state()).isEqualTo(PatientState.FAILED);
                    assertThat(p.stage()).isEqualTo(MigrationStage.TRANSFORM);
                    assertThat(p.reasons()).singleElement().asString().startsWith("transform.map: GT.M error: ")
                            .contains("DBFILERR");
                });
        assertThat(result.outcomes().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(PATIENTS);
        assertThat(result.targetRowCounts()).containsEntry("PERSON", (long) result.migratedCount());
    }

    @Test
    void aGtmErrorIsReportedAndTheSourceKeepsAnswering() throws Exception {
        GtmDatabase database = loaded("");

        try (GtmVistaSource source = GtmVistaSource.connect(Optional.of(database.gtmDist()),
                database.globalDirectory())) {
            assertThatThrownBy(() -> source.entry("DPT(", 1)).isInstanceOf(SourceReadException.class)
                    .hasMessageStartingWith("GT.M error: %GTM-E-");
            assertThat(source.query(1)).isPresent();
        }
    }

    @Test
    void aMissingGlobalDirectoryIsRefusedBeforeAnythingIsWritten() {
        Path out = dir.resolve("out");
        MigrationSimulator simulator = MigrationSimulator.forSpec(spec).outputDir(out)
                .gtmSource(GtmSource.of(dir.resolve("nowhere.gld"))).build();

        assertThatThrownBy(() -> simulator.run(cohort)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("migration_settings.vista_source.global_directory (--vista-gtm): ")
                .hasMessageContaining("nowhere.gld is not a readable file").message().doesNotContain("\n");
        assertThat(out).doesNotExist();
    }

    @Test
    void aGtmDistWithoutMumpsIsRefused() throws IOException {
        Path gld = Files.writeString(dir.resolve("synth.gld"), "placeholder");

        assertThatThrownBy(() -> GtmSource.of(gld).withGtmDist(dir).verify()).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("migration_settings.vista_source.gtm_dist: no GT.M (an executable mumps) in ")
                .message().doesNotContain("\n");
    }

    @Test
    void aGlobalDirectoryGtmCannotOpenIsRefused() throws Exception {
        GtmDatabase database = loaded("");
        Path garbage = Files.writeString(dir.resolve("garbage.gld"), "not a global directory\n");
        Files.delete(database.globalDirectory().resolveSibling("synth.dat"));

        for (Path gld : List.of(garbage, database.globalDirectory())) {
            assertThatThrownBy(() -> GtmSource.of(gld).withGtmDist(database.gtmDist()).verify())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("migration_settings.vista_source.global_directory (--vista-gtm): GT.M "
                            + "cannot open the database: %GTM-E-")
                    .message().doesNotContain("\n");
        }
    }
}
