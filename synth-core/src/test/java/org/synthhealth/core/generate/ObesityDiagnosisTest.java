package org.synthhealth.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.model.Condition;
import org.synthhealth.core.model.Observation;
import org.synthhealth.core.model.Patient;
import org.synthhealth.core.model.Sex;

/** Obesity in 10,000 patients is diagnosed and followed on a measured BMI, as a clinician diagnoses it. */
class ObesityDiagnosisTest {

    private static final String HEIGHT = "8302-2";
    private static final String WEIGHT = "29463-7";
    private static final String BMI = "39156-5";

    /**
     * The 95th percentile of BMI for age at each birthday from 2 to 18, CDC 2000 BMI-for-age charts (LMS tables,
     * bmiagerev), boys and girls: the CDC's definition of obesity in children.
     */
    private static final Map<Sex, double[]> NINETY_FIFTH = Map.of(
            Sex.MALE, new double[] {19.34, 18.24, 17.84, 17.94, 18.41, 19.15, 20.07, 21.09, 22.15, 23.21, 24.23, 25.18,
                26.05, 26.84, 27.56, 28.26, 28.96},
            Sex.FEMALE, new double[] {19.11, 18.25, 18.03, 18.26, 18.84, 19.68, 20.70, 21.82, 22.98, 24.14, 25.26,
                26.30, 27.26, 28.12, 28.91, 29.63, 30.33});

    @Test
    void theVisitThatDiagnosesObesityRecordsHeightAndBmi() {
        long diagnoses = 0;
        for (Patient p : SampleCohort.patients()) {
            for (Condition c : p.conditions()) {
                if (!c.key().equals("obesity")) {
                    continue;
                }
                diagnoses++;
                Set<String> measured = p.observations().stream().filter(o -> o.encounterId().equals(c.encounterId()))
                        .map(o -> o.code().code()).collect(Collectors.toSet());
                assertThat(measured).as("vitals at the visit diagnosing obesity in %s on %s", p.id(), c.onsetDate())
                        .contains(HEIGHT, BMI);
            }
        }
        assertThat(diagnoses).as("obesity diagnoses").isGreaterThan(1_000);
    }

    /**
     * A child is diagnosed with obesity at a BMI at or above the 95th percentile for age and sex. A line between the
     * boys' and girls' percentiles left 748 of 1,792 children diagnosed in 20,000 patients below their own, girls of
     * 4-17 by up to 0.6.
     */
    @Test
    void aChildIsDiagnosedWithObesityAtOrAboveTheNinetyFifthPercentileForAgeAndSex() {
        long children = 0;
        for (Patient p : SampleCohort.patients()) {
            Optional<Condition> obesity = obesity(p);
            if (obesity.isEmpty() || p.ageOn(obesity.get().onsetDate()) >= 18) {
                continue;
            }
            children++;
            double age = ChronoUnit.DAYS.between(p.demographics().birthDate(), obesity.get().onsetDate()) / 365.25;
            double line = ninetyFifth(p.demographics().sex(), age);
            double bmi = measured(p, obesity.get().encounterId(), BMI).orElseThrow();
            assertThat(bmi).as("BMI diagnosing obesity in %s, a %s of %.2f (95th percentile %.2f)", p.id(),
                    p.demographics().sex(), age, line).isGreaterThanOrEqualTo(line);
        }
        assertThat(children).as("children diagnosed with obesity").isGreaterThan(300);
    }

    /**
     * An adult with obesity has a BMI of 30 or more at every visit that weighs them. Adults whose obesity was
     * diagnosed in childhood were weighed at follow-ups for years with no BMI, so their record showed only the
     * childhood BMI, below 30, beside an active obesity.
     */
    @Test
    void anAdultWithObesityHasABmiOfThirtyOrMoreWhereverWeighed() {
        long weighings = 0;
        for (Patient p : SampleCohort.patients()) {
            Optional<Condition> obesity = obesity(p);
            if (obesity.isEmpty()) {
                continue;
            }
            for (Observation weight : p.observations()) {
                LocalDate day = LocalDate.ofInstant(weight.effective(), ZoneOffset.UTC);
                if (!weight.code().code().equals(WEIGHT) || p.ageOn(day) < 18
                        || day.isBefore(obesity.get().onsetDate())) {
                    continue;
                }
                weighings++;
                Optional<Double> bmi = measured(p, weight.encounterId(), BMI);
                assertThat(bmi).as("BMI of %s, obese since %s, weighed %s kg on %s", p.id(),
                        obesity.get().onsetDate(), weight.value(), day).isPresent();
                assertThat(bmi.get()).as("BMI of %s, obese since %s, on %s", p.id(), obesity.get().onsetDate(), day)
                        .isGreaterThanOrEqualTo(30);
            }
        }
        assertThat(weighings).as("weighings of adults with obesity").isGreaterThan(5_000);
    }

    private static Optional<Condition> obesity(Patient p) {
        return p.conditions().stream().filter(c -> c.key().equals("obesity")).findFirst();
    }

    private static Optional<Double> measured(Patient p, String encounterId, String code) {
        return p.observations().stream().filter(o -> o.encounterId().equals(encounterId)
                && o.code().code().equals(code)).findFirst().map(o -> o.value().doubleValue());
    }

    /** The 95th percentile at an age from 2 to 18, between the birthdays' values. */
    private static double ninetyFifth(Sex sex, double age) {
        double[] line = NINETY_FIFTH.get(sex);
        int year = Math.min((int) age, 17) - 2;
        return line[year] + (age - 2 - year) * (line[year + 1] - line[year]);
    }
}
