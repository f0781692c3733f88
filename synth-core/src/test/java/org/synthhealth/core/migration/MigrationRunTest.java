package org.synthhealth.core.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthhealth.core.ClinicalComplexity;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.InvalidInputException;

class MigrationRunTest {

    @TempDir
    Path dir;

    private final CohortSpec spec = CohortSpec.builder().patients(8).clinicalComplexity(ClinicalComplexity.LOW)
            .migrationReport(Path.of("reports/migration.txt")).build();

    @Test
    void writesTheGlobalsWhenMissingAndTheReportsWhereAsked() {
        MigrationResult result = MigrationRun.run(spec, 11, dir);

        assertThat(result.totalPatients()).isEqualTo(8);
        assertThat(dir.resolve("vista_globals.zwr")).exists();
        assertThat(dir.resolve("reports/migration.txt")).exists();
        assertThat(dir.resolve("reports/migration.json")).exists();
    }

    @Test
    void refusesGlobalsWrittenWithAnotherSeed() {
        MigrationRun.run(spec, 11, dir);

        assertThatThrownBy(() -> MigrationRun.run(spec, 12, dir)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("generated with seed 11, not this run's seed 12");
    }
}
