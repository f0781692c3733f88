package org.synthhealth.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.model.Condition;
import org.synthhealth.core.model.Patient;

/** How many die, by age, and of what when pneumonia is configured away. */
class MortalityTest {

    private static final int WINDOW_YEARS = 5;

    @Test
    void yearlyDeathRatesByAgeAreCloseToTheUsLifeTables() {
        Exposure exposure = new Exposure(SampleCohort.patients());

        // Deaths per year lived at each age, as a life table counts them. US life tables (2019-2021) give about
        // 0.1-0.2 % a year in the twenties and thirties, 1.4 % in the sixties, 3 % in the seventies, 8 % in the
        // eighties, 19 % in the nineties, and a crude rate of about 0.9-1.0 % for the whole population.
        assertThat(exposure.rate(0, 120)).as("crude").isBetween(0.007, 0.014);
        assertThat(exposure.rate(20, 39)).as("twenties and thirties").isBetween(0.0004, 0.003);
        assertThat(exposure.rate(60, 69)).as("sixties").isBetween(0.009, 0.021);
        assertThat(exposure.rate(70, 79)).as("seventies").isBetween(0.02, 0.045);
        assertThat(exposure.rate(80, 89)).as("eighties").isBetween(0.05, 0.11);
        assertThat(exposure.rate(90, 120)).as("nineties").isBetween(0.12, 0.28);
    }

    /**
     * The cause of death and every drug's condition are conditions on the record. Patient 538,895 of seed 1, found in
     * a million-patient run, lost the COPD it died of when its diagnosis fell on a weekend just before the terminal
     * admission and found no clinic day; its prednisone then named no condition.
     */
    @Test
    void theCauseOfDeathAndEveryDrugsConditionAreOnTheRecord() {
        List<Patient> patients = new java.util.ArrayList<>(SampleCohort.patients());
        patients.add(new org.synthhealth.core.generate.PatientEngine(org.synthhealth.core.CohortSpec.builder()
                .patients(1_000_000).seed(1).build(), 1).generate(538_895));
        for (Patient p : patients) {
            java.util.Set<String> conditions = p.conditions().stream().map(Condition::id)
                    .collect(java.util.stream.Collectors.toSet());
            p.death().ifPresent(d -> assertThat(d.causeConditionId()).as("cause of death of %s", p.id())
                    .isNotNull().isIn(conditions));
            p.medications().forEach(m -> assertThat(m.conditionId()).as("condition of %s", m.id()).isNotNull()
                    .isIn(conditions));
        }
    }

    /** Children's deaths have causes the engine does not model, so none is invented. */
    @Test
    void noChildDiesUnlessTheCohortRequiresIt() {
        for (Patient p : SampleCohort.patients()) {
            if (p.death().isPresent()) {
                assertThat(p.ageOn(deathDate(p))).as("age at death of %s", p.id()).isGreaterThanOrEqualTo(18);
            }
        }
    }

    @Test
    void aPrevalenceOfZeroKeepsPneumoniaFromAdultsEvenAsACauseOfDeath() {
        List<Patient> patients = Cohort.generate(SampleCohort.SPEC.toBuilder().patients(3_000)
                .conditionPrevalence(Map.of("pneumonia", 0.0)).build()).patients();

        long adultDeaths = 0;
        for (Patient p : patients) {
            for (Condition c : p.conditions()) {
                if (c.key().equals("pneumonia")) {
                    assertThat(p.ageOn(c.onsetDate())).as("age at pneumonia of %s", p.id()).isLessThan(18);
                }
            }
            if (p.death().isPresent() && p.ageOn(deathDate(p)) >= 18) {
                adultDeaths++;
            }
        }
        assertThat(adultDeaths).as("adults who died of a condition they had").isGreaterThan(40);
    }

    /** Years lived and deaths at each age over the five years before the reference date. */
    private static final class Exposure {

        private final double[] years = new double[121];
        private final long[] deaths = new long[121];

        Exposure(List<Patient> patients) {
            LocalDate windowStart = SampleCohort.REFERENCE.minusYears(WINDOW_YEARS);
            for (Patient p : patients) {
                LocalDate birth = p.demographics().birthDate();
                LocalDate from = birth.isAfter(windowStart) ? birth : windowStart;
                LocalDate to = p.death().isPresent() ? deathDate(p) : SampleCohort.REFERENCE;
                for (int age = p.ageOn(from); age <= 120; age++) {
                    LocalDate start = birth.plusYears(age).isAfter(from) ? birth.plusYears(age) : from;
                    LocalDate end = birth.plusYears(age + 1).isBefore(to) ? birth.plusYears(age + 1) : to;
                    if (!end.isAfter(start)) {
                        break;
                    }
                    years[age] += ChronoUnit.DAYS.between(start, end) / 365.25;
                }
                if (p.death().isPresent()) {
                    deaths[Math.min(120, p.ageOn(to))]++;
                }
            }
        }

        double rate(int from, int to) {
            double lived = 0;
            long died = 0;
            for (int age = from; age <= to; age++) {
                lived += years[age];
                died += deaths[age];
            }
            return died / lived;
        }
    }

    private static LocalDate deathDate(Patient p) {
        return LocalDate.ofInstant(p.death().orElseThrow().dateTime(), ZoneOffset.UTC);
    }
}
