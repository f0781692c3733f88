package org.synthhealth.core.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.model.Patient;
import org.synthhealth.core.model.Sex;
import org.synthhealth.core.model.SmokingStatus;

/**
 * A default cohort lands near the US figures of {@code reference/prevalence.md}: each share is checked within a
 * tolerance of about four standard errors plus the gap between the default age bands and the census.
 */
class PrevalenceTest {

    private final List<Patient> patients = SampleCohort.patients();

    @Test
    void adultChronicConditionsMatchPublishedPrevalence() {
        assertThat(adultShare(patients, "hypertension")).as("hypertension (47.7%)").isCloseTo(0.477, within(0.04));
        assertThat(adultShare(patients, "diabetes")).as("diagnosed diabetes (11.3%)").isCloseTo(0.113, within(0.025));
        assertThat(adultShare(patients, "obesity")).as("obesity (40.3%)").isCloseTo(0.403, within(0.04));
        assertThat(adultShare(patients, "asthma")).as("asthma (8.0%)").isCloseTo(0.08, within(0.02));
        assertThat(adultShare(patients, "copd")).as("COPD (6.0%)").isCloseTo(0.06, within(0.02));
        assertThat(adultShare(patients, "hyperlipidemia")).as("high cholesterol (11.3%)")
                .isCloseTo(0.113, within(0.025));
    }

    @Test
    void prevalenceRisesWithAge() {
        for (String key : List.of("hypertension", "diabetes", "heart_disease", "ckd")) {
            double young = share(patients, key, 18, 40);
            double old = share(patients, key, 65, 120);
            assertThat(old).as("%s 65+ vs 18-39 (%.3f)", key, young).isGreaterThan(young * 1.5);
        }
    }

    @Test
    void smokingAndAgeFollowTheDefaults() {
        List<Patient> adults = patients.stream().filter(p -> p.ageOn(SampleCohort.REFERENCE) >= 18).toList();
        double smokers = adults.stream().filter(p -> p.socialHistory().smoking() == SmokingStatus.CURRENT).count()
                / (double) adults.size();
        assertThat(smokers).as("current smokers (11%)").isCloseTo(0.11, within(0.02));
        double old = patients.stream().filter(p -> p.ageOn(SampleCohort.REFERENCE) >= 65).count()
                / (double) patients.size();
        assertThat(old).as("65 and over (17.7%)").isCloseTo(0.177, within(0.03));
    }

    @Test
    void conditionPrevalenceOverridesAreHonoured() {
        CohortSpec spec = CohortSpec.builder().patients(4000).seed(99).referenceDate(SampleCohort.REFERENCE)
                .conditionPrevalence(Map.of("diabetes", 0.30, "hypertension", 0.10, "heart_disease", 0.0))
                .build();
        List<Patient> cohort = Cohort.generate(spec).patients();

        assertThat(adultShare(cohort, "diabetes")).as("diabetes overridden to 0.30").isCloseTo(0.30, within(0.035));
        assertThat(adultShare(cohort, "hypertension")).as("hypertension overridden to 0.10")
                .isCloseTo(0.10, within(0.025));
        assertThat(adultShare(cohort, "heart_disease")).as("heart disease overridden to 0").isZero();
    }

    @Test
    void overridesAreMetWhereRiskFactorsSaturateAndOnlySomeAdultsCanHaveTheCondition() {
        // COPD only from 40 and mostly in smokers, nicotine dependence only in current smokers (11 %), heart
        // failure doubled by hypertension: a plain shift of the age curve fell short of each of these.
        CohortSpec spec = CohortSpec.builder().patients(4000).seed(5).referenceDate(SampleCohort.REFERENCE)
                .conditionPrevalence(Map.of("copd", 0.5, "nicotine_dependence", 0.10, "heart_failure", 0.3))
                .build();
        List<Patient> cohort = Cohort.generate(spec).patients();

        assertThat(adultShare(cohort, "copd")).as("COPD overridden to 0.5").isCloseTo(0.5, within(0.03));
        assertThat(adultShare(cohort, "nicotine_dependence")).as("nicotine dependence overridden to 0.10")
                .isCloseTo(0.10, within(0.015));
        assertThat(adultShare(cohort, "heart_failure")).as("heart failure overridden to 0.3")
                .isCloseTo(0.3, within(0.03));
        assertThat(share(cohort, "copd", 18, 40)).as("COPD before 40").isZero();
        assertThat(share(cohort, "copd", 70, 200)).as("COPD still rises with age")
                .isGreaterThan(share(cohort, "copd", 40, 55));
    }

    @ParameterizedTest
    @EnumSource(Sex.class)
    void anOverrideOfAConditionThatFollowsSexIsMetWhateverTheSexMix(Sex sex) {
        // Hypertension is a little more common in men; a cohort of one sex must still land on the override.
        CohortSpec spec = CohortSpec.builder().patients(6000).seed(9).referenceDate(SampleCohort.REFERENCE)
                .genderDistribution(Map.of(sex, 1.0, sex == Sex.MALE ? Sex.FEMALE : Sex.MALE, 0.0))
                .conditionPrevalence(Map.of("hypertension", 0.4))
                .build();
        List<Patient> cohort = Cohort.generate(spec).patients();

        assertThat(adultShare(cohort, "hypertension")).as("hypertension overridden to 0.4 among %s adults", sex)
                .isCloseTo(0.4, within(0.02));
    }

    @Test
    void anOverrideDescribesAdultsAndLeavesChildrenAsTheyWere() {
        CohortSpec plain = CohortSpec.builder().patients(3000).seed(7).referenceDate(SampleCohort.REFERENCE).build();
        CohortSpec overridden = plain.toBuilder()
                .conditionPrevalence(Map.of("asthma", 1.0, "obesity", 0.0, "depression", 0.5)).build();
        List<Patient> before = Cohort.generate(plain).patients();
        List<Patient> after = Cohort.generate(overridden).patients();

        for (String key : List.of("asthma", "obesity", "depression")) {
            assertThat(share(after, key, 0, 18)).as("%s among children", key).isEqualTo(share(before, key, 0, 18));
        }
        assertThat(share(before, "asthma", 0, 18)).as("asthma among children").isBetween(0.01, 0.3);
        assertThat(adultShare(after, "asthma")).as("asthma overridden to 1.0").isGreaterThan(0.97);
        assertThat(adultShare(after, "obesity")).as("obesity overridden to 0").isZero();
    }

    static double adultShare(List<Patient> cohort, String key) {
        return share(cohort, key, 18, 200);
    }

    static double share(List<Patient> cohort, String key, int from, int to) {
        List<Patient> group = cohort.stream().filter(p -> p.ageOn(SampleCohort.REFERENCE) >= from
                && p.ageOn(SampleCohort.REFERENCE) < to).toList();
        return group.stream().filter(p -> p.conditions().stream().anyMatch(c -> c.key().equals(key))).count()
                / (double) group.size();
    }
}
