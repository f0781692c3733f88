package org.synthhealth.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.synthhealth.core.config.YamlRejection.rejection;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.CohortSpecBuilder;
import org.synthhealth.core.InvalidInputException;

/** An override more adults than can have the condition is refused up front, never silently under-delivered. */
class PrevalenceCeilingTest {

    @Test
    void refusesMoreCopdThanThereAreAdultsOfFortyOrOverAtItsLineWhateverTheKeyOrder() {
        String message = rejection("""
                condition_prevalence:
                  copd: 0.9
                age_dist:
                  0-18: 0.2
                  19-39: 0.4
                  40-90: 0.4
                """);

        assertThat(message).startsWith("config.yaml:2: condition_prevalence.copd: is 0.9, more than the cohort can "
                + "have: it is not diagnosed before age 40, and age_dist puts ")
                .contains("of adults at that age or older; give at most 0.")
                .endsWith(", or give age_dist more weight at 40 and over");
    }

    @Test
    void refusesMoreNicotineDependenceThanThereAreCurrentSmokers() {
        String message = rejection("""
                smoking_dist:
                  Never: 0.8
                  Former: 0.15
                  Current: 0.05
                condition_prevalence:
                  nicotine_dependence: 0.1
                """);

        assertThat(message).isEqualTo("config.yaml:6: condition_prevalence.nicotine_dependence: is 0.1, more than the "
                + "cohort can have: only current smokers have it, and smoking_dist gives current 5.0 % of adults; "
                + "give at most 0.05, or raise smoking_dist.current");
    }

    @Test
    void acceptsEveryOverrideUpToItsCeiling() {
        CohortSpec spec = CohortSpecReader.readBuilder("""
                condition_prevalence:
                  copd: 0.55
                  nicotine_dependence: 0.11
                  hypertension: 1.0
                  heart_failure: 0.5
                """, "config.yaml").build();

        assertThat(spec.conditionPrevalence()).containsEntry("copd", 0.55).containsEntry("hypertension", 1.0);
    }

    @Test
    void aSpecBuiltInCodeIsHeldToTheSameCeiling() {
        CohortSpecBuilder spec = CohortSpec.builder().seed(1)
                .conditionPrevalence(Map.of("atrial_fibrillation", 0.95));

        assertThatThrownBy(spec::build).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("condition_prevalence.atrial_fibrillation (conditionPrevalence): is 0.95, "
                        + "more than the cohort can have: it is not diagnosed before age 40");
    }

    @Test
    void refusesAnyOverrideWhenTheCohortHasNoAdults() {
        String chronic = rejection("""
                age_dist:
                  0-17: 1.0
                condition_prevalence:
                  diabetes: 0.2
                """);
        String acute = rejection("""
                age_dist:
                  0-17: 1.0
                condition_prevalence:
                  covid19: 0.05
                """);

        assertThat(chronic).isEqualTo("config.yaml:4: condition_prevalence.diabetes: is 0.2, more than the cohort can "
                + "have: age_dist gives no weight to adults (18 and over), whom overrides describe; give age_dist some "
                + "weight at 18 and over, or remove the override");
        assertThat(acute).isEqualTo("config.yaml:4: condition_prevalence.covid19: is 0.05, but age_dist gives no "
                + "weight to adults (18 and over), whom overrides describe; give age_dist some weight at 18 and over, "
                + "or remove the override");
    }

    @Test
    void namesTheAgeToGiveWeightToWhenTheCohortHasAdultsButNoneOldEnough() {
        String message = rejection("""
                age_dist:
                  0-18: 0.5
                  19-39: 0.5
                condition_prevalence:
                  copd: 0.01
                """);

        assertThat(message).isEqualTo("config.yaml:5: condition_prevalence.copd: is 0.01, more than the cohort can "
                + "have: it is not diagnosed before age 40, and age_dist puts 0.0 % of adults at that age or older; "
                + "remove the override, or give age_dist weight at 40 and over");
    }
}
