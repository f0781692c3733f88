package org.synthhealth.core.generate.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.AgeBand;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.model.Education;
import org.synthhealth.core.model.Employment;
import org.synthhealth.core.model.SocialHistory;

/**
 * Default social-history shares describe US adults, so a cohort of other ages gets what its ages imply; shares the
 * configuration sets describe the cohort, so it meets them over its own ages.
 */
class SocialHistoryAgeMixTest {

    private static final int DRAWS = 20_000;
    private static final CohortSpec DEFAULTS = CohortSpec.builder().build();
    private static final CohortSpec ELDERLY = CohortSpec.builder().ageDistribution(Map.of(new AgeBand(70, 100), 1.0))
            .build();
    private static final CohortSpec YOUNG = CohortSpec.builder().ageDistribution(Map.of(new AgeBand(18, 24), 1.0))
            .build();

    @Test
    void anElderlyCohortWithDefaultSharesIsMostlyRetiredAsTheSameAgesAreInTheDefaultCohort() {
        for (int age : new int[] {70, 74, 82, 90}) {
            double elderly = share(ELDERLY, age, s -> s.employment() == Employment.EMPLOYED);
            double everyone = share(DEFAULTS, age, s -> s.employment() == Employment.EMPLOYED);

            assertThat(elderly).as("employed at %d", age).isLessThan(0.25).isCloseTo(everyone, within(0.03));
            assertThat(share(ELDERLY, age, s -> s.employment() == Employment.RETIRED)).as("retired at %d", age)
                    .isGreaterThan(0.6);
        }
    }

    @Test
    void aYoungCohortWithDefaultSharesStudiesAndHoldsDegreesAsTheSameAgesDoInTheDefaultCohort() {
        for (int age : new int[] {18, 19, 21, 23, 24}) {
            assertThat(share(YOUNG, age, s -> s.employment() == Employment.STUDENT)).as("students at %d", age)
                    .isCloseTo(share(DEFAULTS, age, s -> s.employment() == Employment.STUDENT), within(0.03));
            assertThat(share(YOUNG, age, s -> s.education().compareTo(Education.BACHELOR) >= 0))
                    .as("degrees at %d", age)
                    .isCloseTo(share(DEFAULTS, age, s -> s.education().compareTo(Education.BACHELOR) >= 0),
                            within(0.03));
        }
        assertThat(share(YOUNG, 18, s -> s.employment() == Employment.STUDENT)).isGreaterThan(0.5);
    }

    @Test
    void sharesTheConfigurationSetsAreMetOverTheCohortsOwnAges() {
        Map<Employment, Double> chosen = Map.of(Employment.EMPLOYED, 0.3, Employment.RETIRED, 0.6,
                Employment.DISABLED, 0.1, Employment.UNEMPLOYED, 0.0, Employment.STUDENT, 0.0);
        CohortSpec spec = ELDERLY.toBuilder().employmentDistribution(chosen).build();
        AgeCalibration ages = new AgeCalibration(spec, 0, AgeBand.OLDEST);

        double employed = ages.mean(AgeBand.ADULT, age -> share(spec, age, s -> s.employment() == Employment.EMPLOYED));

        assertThat(employed).isCloseTo(0.3, within(0.02));
    }

    private static double share(CohortSpec spec, int age, Predicate<SocialHistory> which) {
        SocialHistoryGenerator generator = new SocialHistoryGenerator(spec);
        SplittableRandom random = new SplittableRandom(age * 7919L);
        int hits = 0;
        for (int i = 0; i < DRAWS; i++) {
            if (which.test(generator.generate(random, age))) {
                hits++;
            }
        }
        return hits / (double) DRAWS;
    }
}
