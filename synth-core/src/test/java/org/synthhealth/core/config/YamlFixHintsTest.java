package org.synthhealth.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.synthhealth.core.config.YamlRejection.rejection;

import org.junit.jupiter.api.Test;

/** Refusals whose fix needs more than the rule: the key meant, a valid band layout, how to give one value. */
class YamlFixHintsTest {

    @Test
    void aListWhereOneValueGoesSaysHowToGiveOne() {
        assertThat(rejection("output_dir: [a, b]\n")).isEqualTo("config.yaml:1: output_dir: expected a single value, "
                + "got a list; give one value after the colon, not a list or a mapping");
    }

    @Test
    void anUnknownKeyNamesTheKnownKeyThatSharesItsWords() {
        assertThat(rejection("gender: {male: 0.5, female: 0.5}\n")).isEqualTo(
                "config.yaml:1: gender: unknown key; did you mean gender_dist?");
        assertThat(rejection("workers: 2\n")).endsWith("did you mean concurrent_workers?");
        assertThat(rejection("ref_date: 2020-01-01\n")).endsWith("did you mean reference_date?");
        assertThat(rejection("output_directory: out\n")).endsWith("did you mean output_dir?");
        assertThat(rejection("prevalence: {diabetes: 0.1}\n")).endsWith("did you mean condition_prevalence?");
        assertThat(rejection("data_quality:\n  minimum_quality: 0.8\n")).endsWith("did you mean minimum_quality_score?");
        assertThat(rejection("colour: red\n")).contains("known keys here: ");
    }

    @Test
    void aBandWithinAnotherGetsAFixThatIsItselfValid() {
        assertThat(rejection("age_dist: {0-50: 0.5, 19-40: 0.5}\n")).isEqualTo("config.yaml:1: age_dist: bands 0-50 "
                + "and 19-40 overlap: 19-40 lies within 0-50; end 0-50 at 18 and add a band 41-50, or remove 19-40, so "
                + "each age falls in one band");
        assertThat(rejection("age_dist: {0-120: 0.5, 50-120: 0.5}\n")).isEqualTo("config.yaml:1: age_dist: bands "
                + "0-120 and 50-120 overlap: 50-120 lies within 0-120; end 0-120 at 49, or remove 50-120, so each age "
                + "falls in one band");
        // The fix as given is accepted.
        assertThat(CohortSpecReader.readBuilder("age_dist: {0-18: 0.3, 19-40: 0.5, 41-50: 0.2}\n", "fixed.yaml")
                .build().ageDistribution().categories()).hasSize(3);
    }

    @Test
    void namesAKeyTooLongForYamlRatherThanBlamingItsColon() {
        String key = "age_dist" + "x".repeat(1500);

        assertThat(rejection("seed: 1\n" + key + ": 1\n")).isEqualTo("config.yaml:2: a key of 1,508 characters; YAML "
                + "reads at most 1,024 as a key, and no setting's name is that long; use one of the settings' names");
        assertThat(rejection("age_dist:\n  " + "y".repeat(1025) + ": 1\n")).startsWith("config.yaml:2: a key of 1,025 ");
        assertThat(rejection("seed: 1\nage_dist:\n  0-18: 0.5\n 19-40: 0.5\n")).contains("YAML syntax error");
    }
}
