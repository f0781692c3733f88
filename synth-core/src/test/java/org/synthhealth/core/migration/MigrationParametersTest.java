package org.synthhealth.core.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.DataQuality;
import org.synthhealth.core.InvalidInputException;
import org.synthhealth.core.MigrationSettings;

class MigrationParametersTest {

    private static MigrationSettings withRates(Map<String, Double> rates, Map<String, Object> options) {
        return new MigrationSettings("vista", "oracle_health", rates, 0.05, 0.03, 0.01, options);
    }

    @Test
    void rejectsAnUnknownStageNamingTheKeyAndTheFix() {
        CohortSpec spec = CohortSpec.builder().migrationSettings(withRates(Map.of("extrct", 0.9), Map.of())).build();

        assertThatThrownBy(() -> MigrationParameters.from(spec)).isInstanceOf(InvalidInputException.class)
                .hasMessage("migration_settings.success_rates.extrct: unknown stage; use extract, transform, validate"
                        + " or load");
    }

    @Test
    void rejectsARateAboveOne() {
        CohortSpec spec = CohortSpec.builder().migrationSettings(withRates(Map.of("load", 1.5), Map.of())).build();

        assertThatThrownBy(() -> MigrationParameters.from(spec)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("migration_settings.success_rates.load: 1.5 is not a rate");
    }

    @Test
    void rejectsAnUnknownStrictnessAndBatchFailurePolicy() {
        CohortSpec strict = CohortSpec.builder().dataQuality(new DataQuality(0.8, 0.0, "extreme")).build();
        CohortSpec policy = CohortSpec.builder()
                .migrationSettings(withRates(Map.of(), Map.of("on_batch_failure", "ignore"))).build();

        assertThatThrownBy(() -> MigrationParameters.from(strict)).hasMessageContaining("use low, medium or high");
        assertThatThrownBy(() -> MigrationParameters.from(policy)).hasMessageContaining("use retry or abandon");
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
    void rejectsARetryLimitAboveTheLimitNamingTheKey() {
        CohortSpec spec = CohortSpec.builder()
                .migrationSettings(withRates(Map.of(), Map.of("retry_limit", 101))).build();

        assertThatThrownBy(() -> MigrationParameters.from(spec)).isInstanceOf(InvalidInputException.class)
                .hasMessage("migration_settings.retry_limit: is 101, must be a whole number from 0 to 100; write for "
                        + "example retry_limit: 3");
    }

    @Test
    void theJsonReportSitsBesideTheTextReport() {
        assertThat(MigrationReports.jsonPathFor(Path.of("out/migration_analysis.txt")))
                .isEqualTo(Path.of("out/migration_analysis.json"));
        assertThat(MigrationReports.jsonPathFor(Path.of("report"))).isEqualTo(Path.of("report.json"));
    }
}
