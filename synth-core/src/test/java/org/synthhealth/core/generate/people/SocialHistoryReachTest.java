package org.synthhealth.core.generate.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.AgeBand;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.CohortSpecBuilder;
import org.synthhealth.core.model.Education;
import org.synthhealth.core.model.Employment;
import org.synthhealth.core.model.Housing;
import org.synthhealth.core.model.Patient;

class SocialHistoryReachTest {

    private static CohortSpecBuilder ages(int low, int high) {
        return CohortSpec.builder().patients(1_000).seed(3).ageDistribution(Map.of(new AgeBand(low, high), 1.0));
    }

    @Test
    void namesEveryCategoryNoAdultOfTheCohortCanHaveAndTheCohortThenHasNone() {
        Map<Employment, Double> employment = new LinkedHashMap<>();
        employment.put(Employment.RETIRED, 0.5);
        employment.put(Employment.EMPLOYED, 0.5);
        CohortSpec spec = ages(19, 40).employmentDistribution(employment)
                .housingDistribution(Map.of(Housing.ASSISTED_LIVING, 1.0))
                .educationDistribution(Map.of(Education.HIGH_SCHOOL, 0.5, Education.DOCTORATE, 0.5)).build();

        List<String> notes = SocialHistoryReach.notes(spec);

        assertThat(notes).containsExactly(
                "employment_dist: Retired has weight 0.5, but no one under 50 is retired, and age_dist gives adults "
                        + "aged 19 to 40 only; those patients get another category instead",
                "housing_dist: Assisted Living has weight 1.0, but no one under 65 lives in assisted living, and "
                        + "age_dist gives adults aged 19 to 40 only; those patients get another category instead");
        List<Patient> patients = Cohort.generate(spec).patients();
        assertThat(patients).extracting(p -> p.socialHistory().employment()).doesNotContain(Employment.RETIRED);
        assertThat(patients).extracting(p -> p.socialHistory().housing()).doesNotContain(Housing.ASSISTED_LIVING);
        assertThat(patients).extracting(p -> p.socialHistory().education()).contains(Education.DOCTORATE);
    }

    @Test
    void saysNothingWhenSomeAdultCanHaveEveryWeightedCategory() {
        CohortSpec spec = ages(40, 70).employmentDistribution(Map.of(Employment.RETIRED, 1.0))
                .housingDistribution(Map.of(Housing.ASSISTED_LIVING, 1.0)).build();

        assertThat(SocialHistoryReach.notes(spec)).isEmpty();
        assertThat(Cohort.generate(spec).patients()).extracting(p -> p.socialHistory().employment())
                .contains(Employment.RETIRED);
    }

    @Test
    void leavesDefaultsAndCohortsOfChildrenAlone() {
        assertThat(SocialHistoryReach.notes(ages(19, 30).build())).isEmpty();
        assertThat(SocialHistoryReach.notes(ages(0, 17).build())).isEmpty();
        assertThat(SocialHistoryReach.notes(ages(0, 25).educationDistribution(Map.of(Education.DOCTORATE, 1.0))
                .build())).containsExactly("education_dist: Doctorate has weight 1.0, but no one under 26 has "
                        + "completed it, and age_dist gives adults aged 18 to 25 only; those patients get another "
                        + "category instead");
    }

    @Test
    void namesEveryAdultDistributionAsIdleInACohortOfChildren() {
        CohortSpec spec = ages(0, 10).employmentDistribution(Map.of(Employment.RETIRED, 1.0))
                .housingDistribution(Map.of(Housing.ASSISTED_LIVING, 0.5, Housing.STABLE, 0.5)).build();

        assertThat(SocialHistoryReach.notes(spec)).containsExactly(
                "employment_dist: describes adults, and age_dist holds no one 18 or over, so it has no effect; "
                        + "children follow the age rules (they neither smoke nor drink, and go to school)",
                "housing_dist: Assisted Living has weight 0.5, but no one under 65 lives in assisted living, and "
                        + "age_dist holds no one older than 10; those patients get another category instead");
    }

    @Test
    void namesWorkAndJobSeekingInACohortOfTheOldest() {
        CohortSpec spec = ages(95, 120).employmentDistribution(Map.of(Employment.EMPLOYED, 0.2,
                Employment.UNEMPLOYED, 0.3, Employment.RETIRED, 0.5)).build();

        assertThat(SocialHistoryReach.notes(spec)).hasSize(2).anySatisfy(note -> assertThat(note)
                .contains("Unemployed has weight 0.3, but no one from 95 is looking for work"));
    }
}
