package org.synthhealth.core.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthhealth.core.MigrationStrategy;

class CleanMigrationTest {

    @TempDir
    Path dir;

    @Test
    void faultFreeMigrationMovesEveryPatientWithPerfectQuality() {
        MigrationResult result = MigrationFixtures.migrate(
                MigrationFixtures.clean(120, MigrationStrategy.STAGED).build(), dir);

        assertThat(result.patients()).allSatisfy(p -> assertThat(p.defects())
                .as("defects of DFN %d: %s", p.dfn(), p.reasons()).isEmpty());
        assertThat(result.count(PatientState.MIGRATED)).isEqualTo(120);
        assertThat(result.quality().mean()).hasValue(1.0);
    }
}
