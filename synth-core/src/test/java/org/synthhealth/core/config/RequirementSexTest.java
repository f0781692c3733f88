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
import org.synthhealth.core.model.Sex;

/** A required sex must be one {@code gender_dist} gives weight to, as a required age one {@code age_dist} does. */
class RequirementSexTest {

    @Test
    void rejectsASexWithoutWeightInYamlAtTheRequirementsLineWhateverTheOrderOfTheBlocks() {
        String after = rejection("""
                gender_dist: {male: 1.0, female: 0}
                requirements:
                  sex: female
                """);
        String before = rejection("""
                requirements:
                  min_age: 30
                  sex: female
                gender_dist: {male: 1.0, female: 0}
                """);

        assertThat(after).isEqualTo("config.yaml:3: requirements.sex: is female, but gender_dist gives female no "
                + "weight; give female weight in gender_dist, or drop the sex requirement");
        assertThat(before).startsWith("config.yaml:3: requirements.sex: is female, but gender_dist gives female");
    }

    @Test
    void rejectsASexWithoutWeightInCode() {
        CohortSpecBuilder spec = CohortSpec.builder().seed(1)
                .genderDistribution(Map.of(Sex.MALE, 0.0, Sex.FEMALE, 1.0))
                .requirements(Requirements.builder().sex(Sex.MALE).build());

        assertThatThrownBy(spec::build).isInstanceOf(InvalidInputException.class)
                .hasMessage("requirements.sex: is male, but gender_dist gives male no weight; give male weight in "
                        + "gender_dist, or drop the sex requirement");
    }

    @Test
    void acceptsASexWithAnyWeightAndMakesEveryPatientOfIt() {
        CohortSpec spec = CohortSpec.builder().seed(1).patients(50)
                .genderDistribution(Map.of(Sex.MALE, 0.99, Sex.FEMALE, 0.01))
                .requirements(Requirements.builder().sex(Sex.FEMALE).build()).build();

        assertThat(Cohort.generate(spec).patients()).allSatisfy(p ->
                assertThat(p.demographics().sex()).isEqualTo(Sex.FEMALE));
    }
}
