package org.synthhealth.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.synthhealth.core.MigrationStrategy;
import org.synthhealth.core.migration.MigrationResult;

class MigrationStrategyAttributeTest {

    @Test
    void runsTheStrategyTheEnumNames(@SyntheticPatients(count = 12, seed = 3L)
            @MigrationSimulation(strategy = MigrationStrategy.BIG_BANG) MigrationResult result) {
        assertThat(result.strategy()).isEqualTo(MigrationStrategy.BIG_BANG);
        assertThat(result.batches()).as("big bang moves everything in one batch").hasSize(1);
    }

    @Test
    void takesTheConfigsStrategyWhenTheAttributeIsLeftOut(
            @SyntheticPatients(seed = 3L, config = "configs/parallel-migration.yaml") @MigrationSimulation
            MigrationResult result) {
        assertThat(result.strategy()).isEqualTo(MigrationStrategy.PARALLEL);
        assertThat(result.batches()).extracting(b -> b.worker()).contains(1, 2, 3);
    }

    @Test
    void theAttributeOverridesTheConfigsStrategy(
            @SyntheticPatients(seed = 3L, config = "configs/parallel-migration.yaml")
            @MigrationSimulation(strategy = MigrationStrategy.STAGED) MigrationResult result) {
        assertThat(result.strategy()).isEqualTo(MigrationStrategy.STAGED);
    }
}
