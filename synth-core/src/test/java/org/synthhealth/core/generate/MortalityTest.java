package org.synthhealth.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
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
        List<Patient> patients = SampleCohort.patients();

        // US life tables (2019-2021): about 1.4 % a year in the sixties, 3 % in the seventies, 8 % in the eighties,
        // and a crude rate of about 0.9-1.0 % for the whole population.
        assertThat(yearlyRate(patients, 0, 120)).as("crude").isBetween(0.007, 0.015);
        assertThat(yearlyRate(patients, 60, 69)).as("sixties").isBetween(0.008, 0.022);
        assertThat(yearlyRate(patients, 70, 79)).as("seventies").isBetween(0.02, 0.05);
        assertThat(yearlyRate(patients, 80, 89)).as("eighties").isBetween(0.05, 0.11);
        assertThat(yearlyRate(patients, 20, 39)).as("twenties and thirties").isLessThan(0.003);
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

    /** Deaths a year over the window among patients who would be {@code from}-{@code to} on the reference date. */
    private static double yearlyRate(List<Patient> patients, int from, int to) {
        long alive = 0;
        long dead = 0;
        for (Patient p : patients) {
            int age = p.demographics().birthDate().until(SampleCohort.REFERENCE).getYears();
            if (age < from || age > to) {
                continue;
            }
            alive++;
            if (p.death().isPresent()) {
                dead++;
            }
        }
        return (double) dead / alive / WINDOW_YEARS;
    }

    private static LocalDate deathDate(Patient p) {
        return LocalDate.ofInstant(p.death().orElseThrow().dateTime(), ZoneOffset.UTC);
    }
}
