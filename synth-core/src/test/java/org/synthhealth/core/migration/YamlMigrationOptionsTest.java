package org.synthhealth.core.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.config.CohortSpecReader;

/** A migration option written in YAML reaches the migration and changes what it does. */
class YamlMigrationOptionsTest {

    private static final String BIG_BANG_LOSING_MOST_LOADS = """
            num_records: 40
            seed: 20260101
            clinical_complexity: low
            batch_size: 20
            migration_strategy: big_bang
            data_quality: {quality_degradation_rate: 0.0}
            migration_settings:
              success_rates: {extract: 1.0, transform: 1.0, validate: 1.0, load: 0.3}
              network_failure_rate: 0
              system_overload_rate: 0
              data_corruption_rate: 0
            """;

    @TempDir
    Path dir;

    @Test
    void aHigherRollbackThresholdFromYamlKeepsABigBangThatTheDefaultWouldRollBack() {
        CohortSpec byDefault = CohortSpecReader.readBuilder(BIG_BANG_LOSING_MOST_LOADS, "default.yaml").build();
        CohortSpec tolerant = CohortSpecReader.readBuilder(BIG_BANG_LOSING_MOST_LOADS
                + "  rollback_threshold: 0.9\n", "tolerant.yaml").build();

        MigrationResult rolledBack = MigrationFixtures.migrate(byDefault, dir.resolve("default"));
        MigrationResult kept = MigrationFixtures.migrate(tolerant, dir.resolve("tolerant"));

        assertThat(rolledBack.rolledBack()).as("default threshold 0.5").isTrue();
        assertThat(kept.rolledBack()).as("rollback_threshold 0.9 from YAML").isFalse();
        assertThat(kept.migratedCount()).isPositive();
        assertThat(MigrationReports.json(kept)).contains("\"rollback_threshold\" : 0.9");
    }

    @Test
    void batchRetriesFromYamlReachTheParameters() {
        CohortSpec spec = CohortSpecReader.readBuilder("""
                migration_settings:
                  retry_limit: 7
                  batch_failure_threshold: 0.2
                  on_batch_failure: abandon
                  batch_retries: 4
                """, "config.yaml").build();

        MigrationParameters parameters = MigrationParameters.from(spec);

        assertThat(parameters.retryLimit()).isEqualTo(7);
        assertThat(parameters.batchFailureThreshold()).isEqualTo(0.2);
        assertThat(parameters.retryFailedBatches()).isFalse();
        assertThat(parameters.batchRetries()).isEqualTo(4);
    }
}
