package org.synthhealth.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.synthhealth.core.config.YamlRejection.rejection;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.synthhealth.core.CohortSpec;

/**
 * A key with nothing after its colon is a slip, not a request for the default: {@code num_records:} used to generate
 * 1,000 patients without a word. {@code null} (or {@code ~}) written out still keeps the default.
 */
class BlankValueTest {

    static Stream<String> everyTopLevelKey() {
        return CohortSpecReader.KEYS.stream();
    }

    static Stream<String> everyMigrationSettingsKey() {
        return MigrationBlock.KEYS.stream();
    }

    @ParameterizedTest
    @MethodSource("everyTopLevelKey")
    void refusesATopLevelKeyWithNoValue(String key) {
        String message = rejection("# the cohort\n" + key + ":\n");

        assertThat(message).isEqualTo("config.yaml:2: " + key + ": has no value; give a value or remove the key");
    }

    @ParameterizedTest
    @MethodSource("everyMigrationSettingsKey")
    void refusesAMigrationSettingWithNoValue(String key) {
        String message = rejection("migration_settings:\n  " + key + ":\n");

        assertThat(message).isEqualTo("config.yaml:2: migration_settings." + key
                + ": has no value; give a value or remove the key");
    }

    static Stream<Arguments> nestedKeysWithNoValue() {
        return Stream.of(
                arguments("gender_dist:\n  male: 1\n  female:\n", "gender_dist.female"),
                arguments("age_dist:\n  0-64: 1\n  65-120:\n", "age_dist.65-120"),
                arguments("data_quality:\n  validation_strictness:\n", "data_quality.validation_strictness"),
                arguments("requirements:\n  min_age: 18\n  max_age:\n", "requirements.max_age"),
                arguments("terminology_systems:\n  medications:\n", "terminology_systems.medications"),
                arguments("condition_prevalence:\n  diabetes: 0.1\n  hypertension:\n",
                        "condition_prevalence.hypertension"),
                arguments("error_patterns:\n  names:\n    typo: 0.1\n    swap:\n", "error_patterns.names.swap"),
                arguments("migration_settings:\n  success_rates:\n    extract: 0.9\n    load:\n",
                        "migration_settings.success_rates.load"),
                arguments("migration_settings:\n  vista_source:\n    type: zwr\n    gtm_dist:\n",
                        "migration_settings.vista_source.gtm_dist"));
    }

    @ParameterizedTest
    @MethodSource("nestedKeysWithNoValue")
    void refusesANestedKeyWithNoValue(String yaml, String path) {
        String message = rejection(yaml);

        assertThat(message).isEqualTo("config.yaml:" + yaml.lines().count() + ": " + path
                + ": has no value; give a value or remove the key");
    }

    @Test
    void refusesAKeyWhoseOnlyTextIsAComment() {
        String message = rejection("seed: # fill in later\nnum_records: 10\n");

        assertThat(message).isEqualTo("config.yaml:1: seed: has no value; give a value or remove the key");
    }

    @Test
    void keepsTheDefaultForAKeyGivenAsNull() {
        CohortSpec spec = CohortSpecReader.readBuilder("num_records: null\nseed: ~\ngender_dist: null\n",
                "config.yaml").build();

        assertThat(spec.numRecords()).as("num_records").isEqualTo(CohortSpec.builder().build().numRecords());
        assertThat(spec.seed()).as("seed").isEmpty();
    }
}
