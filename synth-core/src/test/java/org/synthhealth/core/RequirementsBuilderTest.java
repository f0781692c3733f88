package org.synthhealth.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.model.Sex;

class RequirementsBuilderTest {

    @Test
    void buildsWhatTheCanonicalConstructorBuilds() {
        Requirements built = Requirements.builder().conditions("diabetes", "E11.9").minAge(40).maxAge(70)
                .sex(Sex.FEMALE).deceased(false).build();

        assertThat(built).isEqualTo(new Requirements(List.of("diabetes", "E11.9"), Optional.of(40), Optional.of(70),
                Optional.of(Sex.FEMALE), Optional.of(false)));
    }

    @Test
    void requiresNothingThatWasNotSet() {
        Requirements built = Requirements.builder().build();

        assertThat(built).isEqualTo(Requirements.none());
        assertThat(built.isEmpty()).isTrue();
    }

    @Test
    void laterConditionsReplaceEarlierOnes() {
        Requirements built = Requirements.builder().conditions("asthma").conditions(List.of("copd", "I10")).build();

        assertThat(built.conditions()).containsExactly("copd", "I10");
    }

    @Test
    void toBuilderKeepsEverythingButWhatIsChanged() {
        Requirements elderly = Requirements.builder().conditions("diabetes").minAge(65).sex(Sex.MALE).build();

        Requirements women = elderly.toBuilder().sex(Sex.FEMALE).build();

        assertThat(women).isEqualTo(new Requirements(List.of("diabetes"), Optional.of(65), Optional.empty(),
                Optional.of(Sex.FEMALE), Optional.empty()));
        assertThat(elderly.sex()).hasValue(Sex.MALE);
    }

    @Test
    void aCohortBuiltWithItMeetsItsRequirements() {
        Requirements requirements = Requirements.builder().conditions("hypertension").minAge(50).maxAge(60)
                .sex(Sex.FEMALE).deceased(false).build();

        Cohort cohort = Cohort.generate(CohortSpec.builder().patients(40).seed(7L).requirements(requirements)
                .build());

        assertThat(cohort.patients()).allSatisfy(p -> {
            assertThat(p.demographics().sex()).isEqualTo(Sex.FEMALE);
            assertThat(p.ageOn(cohort.spec().referenceDate())).isBetween(50, 60);
            assertThat(p.isDeceased()).isFalse();
            assertThat(p.conditions()).anyMatch(c -> c.key().equals("hypertension"));
        });
    }

    @Test
    void impossibleRequirementsAreRefusedWhenBuilt() {
        RequirementsBuilder requirements = Requirements.builder().conditions("copd").maxAge(30);

        assertThatThrownBy(requirements::build).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("requirements.conditions[0]: condition 'copd'");
    }
}
