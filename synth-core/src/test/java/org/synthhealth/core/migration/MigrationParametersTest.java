package org.synthhealth.core.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.CohortSpecBuilder;
import org.synthhealth.core.DataQuality;
import org.synthhealth.core.InvalidInputException;
import org.synthhealth.core.MigrationSettings;

class MigrationParametersTest {

    private static MigrationSettings withRates(Map<String, Double> rates, Map<String, Object> options) {
        return new MigrationSettings("vista", "oracle_health", rates, 0.05, 0.03, 0.01, options);
    }

    @Test
    void rejectsAnUnknownStageNamingTheKeyAndTheFixWhenTheSpecIsBuilt() {
        CohortSpecBuilder spec = CohortSpec.builder().migrationSettings(withRates(Map.of("extrct", 0.9), Map.of()));

        assertThatThrownBy(spec::build).isInstanceOf(InvalidInputException.class)
                .hasMessage("migration_settings.success_rates.extrct (migrationSettings): unknown stage; use any of "
                        + "extract, transform, validate, load");
    }

    @Test
    void rejectsARateAboveOneWhenTheSpecIsBuilt() {
        CohortSpecBuilder spec = CohortSpec.builder().migrationSettings(withRates(Map.of("load", 1.5), Map.of()));

        assertThatThrownBy(spec::build).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("migration_settings.success_rates.load (migrationSettings): is 1.5, must lie "
                        + "between 0 and 1");
    }

    @Test
    void rejectsAnUnknownStrictnessAndBatchFailurePolicyWhenMade() {
        CohortSpecBuilder policy = CohortSpec.builder()
                .migrationSettings(withRates(Map.of(), Map.of("on_batch_failure", "ignore")));

        assertThatThrownBy(() -> new DataQuality(0.8, 0.0, "extreme")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("use one of low, medium, high");
        assertThatThrownBy(policy::build).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("use retry or abandon");
    }

    @Test
    void missingStagesSucceedAndOptionsHaveDefaults() {
        MigrationParameters p = MigrationParameters.from(CohortSpec.builder()
                .migrationSettings(withRates(Map.of("load", 0.5), Map.of("retry_limit", 5))).build());

        assertThat(p.successRate(MigrationStage.EXTRACT)).isEqualTo(1.0);
        assertThat(p.successRate(MigrationStage.LOAD)).isEqualTo(0.5);
        assertThat(p.retryLimit()).isEqualTo(5);
        assertThat(p.batchFailureThreshold()).isEqualTo(0.5);
        assertThat(p.retryFailedBatches()).isTrue();
    }

    @Test
    void simulatesFourWorkersWhenConcurrentWorkersIsNotSetWhateverTheMachine() {
        CohortSpec spec = CohortSpec.builder().build();

        MigrationParameters p = MigrationParameters.from(spec);

        assertThat(spec.configuredWorkers()).isEmpty();
        assertThat(p.concurrentWorkers()).as("simulated workers on a machine with %d processors",
                Runtime.getRuntime().availableProcessors()).isEqualTo(MigrationParameters.DEFAULT_SIMULATED_WORKERS)
                .isEqualTo(4);
    }

    @Test
    void generationStillUsesTheProcessorCountWhenConcurrentWorkersIsNotSet() {
        CohortSpec spec = CohortSpec.builder().build();

        assertThat(spec.concurrentWorkers()).isEqualTo(Runtime.getRuntime().availableProcessors());
    }

    @Test
    void simulatesTheConfiguredWorkersWhenConcurrentWorkersIsSet() {
        CohortSpec spec = CohortSpec.builder().concurrentWorkers(9).build();

        assertThat(MigrationParameters.from(spec).concurrentWorkers()).isEqualTo(9);
        assertThat(spec.concurrentWorkers()).isEqualTo(9);
    }

    @Test
    void rejectsARetryLimitAboveTheLimitNamingTheKeyWhenTheSpecIsBuilt() {
        CohortSpecBuilder spec = CohortSpec.builder()
                .migrationSettings(withRates(Map.of(), Map.of("retry_limit", 101)));

        assertThatThrownBy(spec::build).isInstanceOf(InvalidInputException.class)
                .hasMessage("migration_settings.retry_limit (migrationSettings): is 101, must be a whole number from 0 "
                        + "to 100; write for example retry_limit: 3");
    }

    @Test
    void theJsonReportSitsBesideTheTextReport() {
        assertThat(MigrationReports.jsonPathFor(Path.of("out/migration_analysis.txt")))
                .isEqualTo(Path.of("out/migration_analysis.json"));
        assertThat(MigrationReports.jsonPathFor(Path.of("report"))).isEqualTo(Path.of("report.json"));
    }
}
