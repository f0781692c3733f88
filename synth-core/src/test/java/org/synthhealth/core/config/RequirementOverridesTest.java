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
import org.synthhealth.core.Requirements;
import org.synthhealth.core.model.SmokingStatus;

/** A required condition must not be one the cohort's other settings rule out: a prevalence of 0, or no smokers. */
class RequirementOverridesTest {

    @Test
    void refusesARequiredConditionWhosePrevalenceIsSetToZeroAtTheConditionsLine() {
        String message = rejection("""
                requirements:
                  conditions: [asthma, Diabetes]
                condition_prevalence:
                  diabetes: 0.0
                """);

        assertThat(message).isEqualTo("config.yaml:2: requirements.conditions[1]: condition 'Diabetes' is required, "
                + "but condition_prevalence.diabetes is 0; remove that override or drop the condition");
    }

    @Test
    void refusesNicotineDependenceInACohortWithoutSmokersInYamlAndInCode() {
        String message = rejection("""
                smoking_dist: {never: 1.0}
                requirements:
                  conditions: [nicotine_dependence]
                """);
        CohortSpecBuilder spec = CohortSpec.builder().seed(1).smokingDistribution(Map.of(SmokingStatus.NEVER, 0.6,
                SmokingStatus.FORMER, 0.4, SmokingStatus.CURRENT, 0.0))
                .requirements(Requirements.builder().conditions("F17.210").build());

        assertThat(message).isEqualTo("config.yaml:3: requirements.conditions[0]: condition 'nicotine_dependence' is "
                + "diagnosed in current smokers only, but smoking_dist gives current no weight; give current weight "
                + "in smoking_dist, or drop the condition");
        assertThatThrownBy(spec::build).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("requirements.conditions[0]: condition 'F17.210' is diagnosed in current "
                        + "smokers only");
    }

    @Test
    void acceptsARequiredConditionWithALowPrevalenceAndGivesItToEveryPatient() {
        CohortSpec spec = CohortSpec.builder().seed(1).patients(30).conditionPrevalence(Map.of("diabetes", 0.001))
                .smokingDistribution(Map.of(SmokingStatus.NEVER, 0.99, SmokingStatus.CURRENT, 0.01))
                .requirements(Requirements.builder().conditions("diabetes", "nicotine_dependence").build()).build();

        assertThat(Cohort.generate(spec).patients()).allSatisfy(p -> {
            assertThat(p.conditions()).anySatisfy(c -> assertThat(c.key()).isEqualTo("diabetes"));
            assertThat(p.socialHistory().smoking()).isEqualTo(SmokingStatus.CURRENT);
        });
    }

    @Test
    void acceptsRequiredConditionsByKeyCodeOrName() {
        String yaml = "requirements:\n  conditions: [diabetes, I10, Asthma]\n";

        assertThat(CohortSpecReader.readBuilder(yaml, "config.yaml").build().requirements().conditions())
                .containsExactly("diabetes", "I10", "Asthma");
    }
}
