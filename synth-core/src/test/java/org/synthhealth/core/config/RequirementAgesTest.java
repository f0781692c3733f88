package org.synthhealth.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.synthhealth.core.config.YamlRejection.rejection;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.AgeBand;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.CohortSpecBuilder;
import org.synthhealth.core.InvalidInputException;
import org.synthhealth.core.Requirements;
import org.synthhealth.core.RequirementsBuilder;

/**
 * Required ages stay within what the engine generates ({@link AgeBand#OLDEST}) and within ages {@code age_dist} gives
 * weight to, in YAML (file, line and path) and in code (the key).
 */
class RequirementAgesTest {

    @Test
    void rejectsAMinimumAgeAboveTheOldestAgeInYaml() {
        String message = rejection("""
                requirements:
                  min_age: 200
                """);

        assertThat(message).isEqualTo("config.yaml:2: requirements.min_age: is 200, above 120, the oldest age the "
                + "engine generates; use an age from 0 to 120");
    }

    @Test
    void rejectsAMaximumAgeAboveTheOldestAgeInYaml() {
        String message = rejection("""
                requirements:
                  min_age: 30
                  max_age: 121
                """);

        assertThat(message).startsWith("config.yaml:3: requirements.max_age: is 121, above 120");
    }

    @Test
    void acceptsTheOldestAge() {
        CohortSpec spec = CohortSpecReader.readBuilder("""
                age_dist: {0-60: 0.5, 61-120: 0.5}
                requirements: {min_age: 120, max_age: 120}
                """, "config.yaml").build();

        assertThat(spec.requirements().minAge()).contains(120);
    }

    @Test
    void rejectsAMinimumAgeToWhichTheAgeDistributionGivesNoWeightInYaml() {
        String message = rejection("""
                requirements:
                  min_age: 60
                age_dist:
                  0-18: 1.0
                """);

        assertThat(message).isEqualTo("config.yaml:2: requirements.min_age: is 60, but age_dist gives no weight to "
                + "ages 60-120; give weight in age_dist to a band within those ages, or lower min_age");
    }

    @Test
    void rejectsARequiredConditionOlderThanEveryWeightedBandInYaml() {
        String message = rejection("""
                age_dist: {0-18: 1.0}
                requirements:
                  conditions: [copd]
                """);

        assertThat(message).startsWith("config.yaml:3: requirements.conditions[0]: condition 'copd' is not diagnosed "
                + "before age ").contains("but age_dist gives no weight to ages").endsWith("or drop the condition");
    }

    @Test
    void rejectsABandWeightedZeroThatHoldsEveryRequiredAge() {
        String message = rejection("""
                age_dist: {0-59: 1.0, 60-120: 0.0}
                requirements: {min_age: 65, max_age: 80}
                """);

        assertThat(message).contains("requirements.min_age: is 65, but age_dist gives no weight to ages 65-80");
    }

    @Test
    void rejectsAMinimumAgeAboveTheOldestAgeInCode() {
        RequirementsBuilder requirements = Requirements.builder().minAge(200);

        assertThatThrownBy(requirements::build).isInstanceOf(InvalidInputException.class)
                .hasMessage("requirements.min_age: is 200, above 120, the oldest age the engine generates; use an age "
                        + "from 0 to 120");
    }

    @Test
    void rejectsAMaximumAgeAboveTheOldestAgeInCode() {
        RequirementsBuilder requirements = Requirements.builder().maxAge(150);

        assertThatThrownBy(requirements::build).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("requirements.max_age: is 150, above 120");
    }

    @Test
    void rejectsAnAgeRangeWithoutWeightInCode() {
        CohortSpecBuilder spec = CohortSpec.builder().seed(1).ageDistribution(Map.of(new AgeBand(0, 18), 1.0))
                .requirements(Requirements.builder().minAge(60).build());

        assertThatThrownBy(spec::build).isInstanceOf(InvalidInputException.class)
                .hasMessage("requirements.min_age: is 60, but age_dist gives no weight to ages 60-120; give weight in "
                        + "age_dist to a band within those ages, or lower min_age");
    }
}
