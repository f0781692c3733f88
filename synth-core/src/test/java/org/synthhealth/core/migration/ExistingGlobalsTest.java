package org.synthhealth.core.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthhealth.core.AgeBand;
import org.synthhealth.core.ClinicalComplexity;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.InvalidInputException;
import org.synthhealth.core.MigrationStrategy;

/** A migration reuses an existing {@code vista_globals.zwr} only when its header says it holds the run's cohort. */
class ExistingGlobalsTest {

    private static final long SEED = 1;

    @TempDir
    Path dir;

    private final CohortSpec spec = CohortSpec.builder().patients(6).clinicalComplexity(ClinicalComplexity.LOW)
            .migrationReport(Path.of("migration.txt")).build();

    @Test
    void reusesAFileOfTheSameCohortAndGivesTheSameReport() throws IOException {
        MigrationRun.run(spec, SEED, dir);
        byte[] globals = Files.readAllBytes(zwr());
        String report = Files.readString(dir.resolve("migration.json"));

        MigrationRun.run(spec, SEED, dir);

        assertThat(Files.readAllBytes(zwr())).as("the globals are reused, not rewritten").isEqualTo(globals);
        assertThat(Files.readString(dir.resolve("migration.json"))).isEqualTo(report);
    }

    @Test
    void reusesAFileWhenOnlyMigrationSettingsDiffer() throws IOException {
        MigrationRun.run(spec, SEED, dir);
        byte[] globals = Files.readAllBytes(zwr());
        CohortSpec otherMigration = spec.toBuilder().concurrentWorkers(5).batchSize(2)
                .migrationStrategy(MigrationStrategy.PARALLEL).build();

        MigrationResult result = MigrationRun.run(otherMigration, SEED, dir);

        assertThat(result.totalPatients()).isEqualTo(6);
        assertThat(Files.readAllBytes(zwr())).isEqualTo(globals);
    }

    @Test
    void refusesAFileWithAnotherPatientCountBeforeWritingAnything() {
        MigrationRun.run(spec.toBuilder().migrationReport(null).build(), SEED, dir);

        assertThatThrownBy(() -> MigrationRun.run(spec.toBuilder().patients(9).build(), SEED, dir))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(zwr() + " holds 6 patients, not this run's 9; run with --num-records 6, add vista to "
                        + "--formats to write it again, or delete it");
        assertThat(dir.resolve("migration.txt")).doesNotExist();
    }

    @Test
    void refusesAFileWrittenWithAnotherConfiguration() {
        MigrationRun.run(spec, SEED, dir);
        CohortSpec older = spec.toBuilder().ageDistribution(Map.of(new AgeBand(18, 64), 0.5,
                new AgeBand(65, 90), 0.5)).build();

        assertThatThrownBy(() -> MigrationRun.run(older, SEED, dir)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(zwr() + " holds 6 patients generated with another configuration (config=")
                .hasMessageEndingWith("add vista to --formats to write it again, or delete it");
    }

    @Test
    void namesBothDifferencesWhenCountAndConfigurationDiffer() {
        MigrationRun.run(spec, SEED, dir);
        CohortSpec other = spec.toBuilder().patients(9).clinicalComplexity(ClinicalComplexity.HIGH).build();

        assertThatThrownBy(() -> MigrationRun.run(other, SEED, dir)).isInstanceOf(InvalidInputException.class)
                .hasMessage(zwr() + " holds 6 patients generated with another configuration, not this run's 9; "
                        + "add vista to --formats to write it again, or delete it");
    }

    @Test
    void refusesAFileWrittenWithAnotherSeed() {
        MigrationRun.run(spec, SEED, dir);

        assertThatThrownBy(() -> MigrationRun.run(spec, 2, dir)).isInstanceOf(InvalidInputException.class)
                .hasMessage(zwr() + " holds patients generated with seed 1, not this run's seed 2; run with --seed 1, "
                        + "add vista to --formats to write it again, or delete it");
    }

    @Test
    void refusesAFileThatWillMeetAFreshSeed() throws IOException {
        MigrationRun.run(spec, SEED, dir);

        assertThatThrownBy(() -> ExistingGlobals.verify(zwr(), spec, Optional.empty()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("this run has no seed (it would draw a fresh one); run with --seed 1");
    }

    @Test
    void refusesAFileFromBeforeTheHeaderRecordedTheCohort() throws IOException {
        MigrationRun.run(spec, SEED, dir);
        replaceLabel("synth-health VistA FileMan globals seed=1 dfn=index+1 reference=2026-01-01");

        assertThatThrownBy(() -> MigrationRun.run(spec, SEED, dir)).isInstanceOf(InvalidInputException.class)
                .hasMessage(zwr() + " was written by an earlier synth-health whose header does not record the "
                        + "patient count and configuration, so it may hold another cohort; add vista to --formats "
                        + "to write it again, or delete it");
    }

    @Test
    void acceptsAMupipExtractWhoseHeaderCannotTell() throws IOException {
        MigrationResult written = MigrationRun.run(spec, SEED, dir);
        replaceLabel("GT.M MUPIP EXTRACT");

        MigrationResult extracted = MigrationRun.run(spec, SEED, dir);

        assertThat(extracted.patients()).isEqualTo(written.patients());
        assertThat(ExistingGlobals.verify(zwr(), spec, Optional.of(SEED))).isEqualTo(ExistingGlobals.Verdict.UNCHECKED);
    }

    @Test
    void saysWhetherTheFileIsAbsentOrHoldsTheRunsCohort() throws IOException {
        assertThat(ExistingGlobals.verify(zwr(), spec, Optional.of(SEED))).isEqualTo(ExistingGlobals.Verdict.ABSENT);

        MigrationRun.run(spec, SEED, dir);

        assertThat(ExistingGlobals.verify(zwr(), spec, Optional.of(SEED)))
                .isEqualTo(ExistingGlobals.Verdict.SAME_COHORT);
    }

    private Path zwr() {
        return dir.resolve("vista_globals.zwr");
    }

    private void replaceLabel(String label) throws IOException {
        String text = Files.readString(zwr());
        Files.writeString(zwr(), label + text.substring(text.indexOf('\n')));
    }
}
