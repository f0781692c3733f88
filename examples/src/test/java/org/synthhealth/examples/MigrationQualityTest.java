package org.synthhealth.examples;

import static org.synthhealth.assertj.SynthAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.MigrationStrategy;
import org.synthhealth.core.migration.MigrationResult;
import org.synthhealth.core.migration.MigrationStage;
import org.synthhealth.junit.MigrationSimulation;
import org.synthhealth.junit.SyntheticPatients;

/**
 * Migration tests: the VistA to Oracle Health cut-over keeps its quality targets under each strategy and fault mix.
 * Every patient is accounted for and nothing is lost silently, whatever fails.
 */
class MigrationQualityTest {

    @Test
    void aStagedMigrationWithoutFaultsMigratesEveryoneCleanly(
            @SyntheticPatients(count = 120, seed = 405L)
            @MigrationSimulation(strategy = MigrationStrategy.STAGED, batchSize = 40, extractSuccessRate = 1.0,
                    transformSuccessRate = 1.0, validateSuccessRate = 1.0, loadSuccessRate = 1.0,
                    networkFailureRate = 0.0, systemOverloadRate = 0.0, dataCorruptionRate = 0.0,
                    qualityDegradationRate = 0.0)
            MigrationResult result,
            @SyntheticPatients(count = 120, seed = 405L) Cohort cohort) {
        assertThat(result).accountsForEveryPatientOf(cohort).hasNoSilentDataLoss().wasNotRolledBack()
                .hasOverallSuccessRateAtLeast(1.0).hasMeanQualityScoreAtLeast(0.99);
    }

    @Test
    void theUserGuideDefaultsKeepMostPatientsAndLoseNoneSilently(
            @SyntheticPatients(count = 200, seed = 406L)
            @MigrationSimulation(strategy = MigrationStrategy.STAGED, batchSize = 50)
            MigrationResult result) {
        assertThat(result).accountsForEveryPatient().hasNoSilentDataLoss()
                .hasStageSuccessRateAtLeast(MigrationStage.EXTRACT, 0.90)
                .hasOverallSuccessRateAtLeast(0.60);
    }

    @Test
    void corruptionInFlightLowersQualityButIsAccountedFor(
            @SyntheticPatients(count = 150, seed = 407L)
            @MigrationSimulation(strategy = MigrationStrategy.PARALLEL, batchSize = 25, concurrentWorkers = 4,
                    dataCorruptionRate = 0.5)
            MigrationResult result) {
        assertThat(result).accountsForEveryPatient().hasNoSilentDataLoss();
        assertThat(result.quality().mean().orElseThrow()).isLessThan(1.0);
    }

    @Test
    void aBigBangMigrationPastItsFailureThresholdRollsBackEverything(
            @SyntheticPatients(count = 100, seed = 408L)
            @MigrationSimulation(strategy = MigrationStrategy.BIG_BANG, loadSuccessRate = 0.1)
            MigrationResult result) {
        assertThat(result).accountsForEveryPatient().hasNoSilentDataLoss().wasRolledBack();
    }
}
