package org.synthhealth.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.synthhealth.core.config.YamlRejection.rejection;

import org.junit.jupiter.api.Test;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.MigrationSettings;

/** The migration options of the migration guide ({@code retry_limit}, ...) are read, checked and written back. */
class MigrationOptionsYamlTest {

    @Test
    void readsEveryOptionOfTheMigrationGuide() {
        String yaml = """
                migration_settings:
                  retry_limit: 5
                  batch_failure_threshold: 0.25
                  on_batch_failure: Abandon
                  batch_retries: 0
                  rollback_threshold: 0.75
                """;

        MigrationSettings settings = CohortSpecReader.readBuilder(yaml, "config.yaml").build().migrationSettings();

        assertThat(settings.options()).containsEntry("retry_limit", 5).containsEntry("batch_failure_threshold", 0.25)
                .containsEntry("on_batch_failure", "abandon").containsEntry("batch_retries", 0)
                .containsEntry("rollback_threshold", 0.75);
    }

    @Test
    void writesTheOptionsSoThatTheyReadBackEqual() {
        CohortSpec spec = CohortSpecReader.readBuilder("""
                migration_settings:
                  retry_limit: 0
                  on_batch_failure: retry
                  rollback_threshold: 1
                """, "config.yaml").build();

        String yaml = CohortSpecWriter.toYaml(spec);

        assertThat(CohortSpecReader.readBuilder(yaml, "written.yaml").build()).as(yaml).isEqualTo(spec);
    }

    @Test
    void rejectsANegativeRetryLimit() {
        String message = rejection("""
                migration_settings:
                  retry_limit: -1
                """);

        assertThat(message).isEqualTo("config.yaml:2: migration_settings.retry_limit: is -1, must be at least 0; "
                + "give a whole number >= 0");
    }

    @Test
    void rejectsAFractionalBatchRetries() {
        String message = rejection("""
                migration_settings:
                  batch_retries: 1.5
                """);

        assertThat(message).startsWith("config.yaml:2: migration_settings.batch_retries: expected a whole number, "
                + "got \"1.5\"");
    }

    @Test
    void rejectsARetryLimitAboveTheEngineLimit() {
        String message = rejection("""
                migration_settings:
                  retry_limit: 500
                """);

        assertThat(message).isEqualTo("config.yaml:2: migration_settings.retry_limit: is 500, must be a whole number "
                + "from 0 to 100; write for example retry_limit: 3");
    }

    @Test
    void rejectsAThresholdAboveOne() {
        String message = rejection("""
                num_records: 10
                migration_settings:
                  rollback_threshold: 1.5
                """);

        assertThat(message).isEqualTo("config.yaml:3: migration_settings.rollback_threshold: is 1.5, must lie "
                + "between 0 and 1; give a fraction such as 0.05 for 5%");
    }

    @Test
    void rejectsAnUnknownBatchFailureAction() {
        String message = rejection("""
                migration_settings:
                  on_batch_failure: ignore
                """);

        assertThat(message).isEqualTo("config.yaml:2: migration_settings.on_batch_failure: unknown value \"ignore\"; "
                + "use retry or abandon");
    }
}
