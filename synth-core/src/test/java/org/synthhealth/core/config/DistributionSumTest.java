package org.synthhealth.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.synthhealth.core.config.YamlRejection.rejection;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.CohortSpecBuilder;
import org.synthhealth.core.InvalidInputException;
import org.synthhealth.core.model.Sex;

/**
 * Whether weights sum to 1 within 1e-6 is decided on the decimals as written: 0.333333 + 0.666666 and
 * 0.499999 + 0.5 are both 0.999999, though in doubles the first lands a hair further from 1 than 1e-6.
 */
class DistributionSumTest {

    @ParameterizedTest(name = "male {0}, female {1}")
    @CsvSource({"0.333333, 0.666666", "0.499999, 0.5", "0.5000005, 0.5000005"})
    void acceptsWeightsWhoseDecimalSumIsWithinTheToleranceInTheYaml(String male, String female) {
        String yaml = "gender_dist: {male: " + male + ", female: " + female + "}\n";

        assertThatCode(() -> CohortSpecValidator.validate(CohortSpecReader.readBuilder(yaml, "config.yaml").build()))
                .as("gender_dist with male %s and female %s", male, female).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "male {0}, female {1}")
    @CsvSource({"0.333333, 0.666666", "0.499999, 0.5"})
    void acceptsWeightsWhoseDecimalSumIsWithinTheToleranceFromTheBuilder(double male, double female) {
        CohortSpec spec = CohortSpec.builder().genderDistribution(Map.of(Sex.MALE, male, Sex.FEMALE, female)).build();

        assertThatCode(() -> CohortSpecValidator.validate(spec))
                .as("genderDistribution with male %s and female %s", male, female).doesNotThrowAnyException();
    }

    @Test
    void refusesASumJustOutsideTheToleranceInTheYaml() {
        String message = rejection("gender_dist: {male: 0.3333329, female: 0.666666}\n");

        assertThat(message).isEqualTo("config.yaml:1: gender_dist: values sum to 0.9999989, expected 1.0 (within "
                + "1e-6); adjust the weights so they add up to 1");
    }

    @Test
    void refusesASumJustOutsideTheToleranceFromTheBuilder() {
        CohortSpecBuilder spec = CohortSpec.builder()
                .genderDistribution(Map.of(Sex.MALE, 0.3333329, Sex.FEMALE, 0.666666));

        assertThatThrownBy(spec::build).isInstanceOf(InvalidInputException.class)
                .hasMessage("gender_dist (genderDistribution): values sum to 0.9999989, expected 1.0 (within 1e-6); "
                        + "adjust the weights so they add up to 1");
    }
}
