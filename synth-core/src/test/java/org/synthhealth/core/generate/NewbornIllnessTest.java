package org.synthhealth.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.AgeBand;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.model.Condition;
import org.synthhealth.core.model.Encounter;
import org.synthhealth.core.model.EncounterClass;
import org.synthhealth.core.model.Observation;
import org.synthhealth.core.model.Patient;

/**
 * No acute illness begins in the first 28 days of life, so no newborn is seen at a clinic or urgent care with a cold
 * or a fever and sent home: a fever at that age means a sepsis work-up and an admission, which the engine does not
 * model. Checked over the shared sample and over a cohort of babies under two, where most records start at birth.
 */
class NewbornIllnessTest {

    private static final int NEONATAL_DAYS = 28;
    private static final String TEMPERATURE = "8310-5";
    private static final BigDecimal FEVER = new BigDecimal("38.0");
    private static final CohortSpec BABIES = CohortSpec.builder().patients(3_000).seed(28L)
            .referenceDate(SampleCohort.REFERENCE)
            .ageDistribution(Map.of(new AgeBand(0, 0), 0.5, new AgeBand(1, 1), 0.5)).concurrentWorkers(2).build();

    private static List<Patient> babies;

    @Test
    void noAcuteIllnessBeginsInTheFirst28DaysOfLifeInTheSample() {
        assertNoNeonatalOnset(SampleCohort.patients(), SampleCohort.SPEC);
    }

    @Test
    void noAcuteIllnessBeginsInTheFirst28DaysOfLifeAmongBabies() {
        long laterInfancy = assertNoNeonatalOnset(babies(), BABIES);

        assertThat(laterInfancy).as("acute episodes beginning between 28 days and 3 months old").isGreaterThan(50);
    }

    @Test
    void noFeverIsRecordedOutsideAnAdmissionInTheFirst28DaysOfLife() {
        assertNoNeonatalFeverOutsideHospital(SampleCohort.patients(), SampleCohort.SPEC);
        assertNoNeonatalFeverOutsideHospital(babies(), BABIES);
    }

    private static synchronized List<Patient> babies() {
        if (babies == null) {
            babies = Cohort.generate(BABIES).patients();
        }
        return babies;
    }

    /** Asserts no acute onset before 28 days old; returns how many begin from 28 days to 3 months old. */
    private static long assertNoNeonatalOnset(List<Patient> patients, CohortSpec spec) {
        long laterInfancy = 0;
        for (Patient p : patients) {
            LocalDate birth = p.demographics().birthDate();
            for (Condition c : p.conditions()) {
                if (c.chronic()) {
                    continue;
                }
                long days = ChronoUnit.DAYS.between(birth, c.onsetDate());
                assertThat(days).as("age in days at onset of %s %s of %s (seed %d)", c.key(), c.id(), p.id(),
                        spec.seed().orElseThrow()).isGreaterThanOrEqualTo(NEONATAL_DAYS);
                laterInfancy += days < 91 ? 1 : 0;
            }
        }
        return laterInfancy;
    }

    private static void assertNoNeonatalFeverOutsideHospital(List<Patient> patients, CohortSpec spec) {
        for (Patient p : patients) {
            LocalDate birth = p.demographics().birthDate();
            for (Observation o : p.observations()) {
                long days = ChronoUnit.DAYS.between(birth, LocalDate.ofInstant(o.effective(), ZoneOffset.UTC));
                if (!o.code().code().equals(TEMPERATURE) || days >= NEONATAL_DAYS || o.value().compareTo(FEVER) < 0) {
                    continue;
                }
                Encounter visit = p.encounter(o.encounterId()).orElseThrow();
                assertThat(visit.encounterClass()).as("where %s of %s, %d days old, had a temperature of %s (seed %d)",
                        o.id(), p.id(), days, o.value(), spec.seed().orElseThrow()).isEqualTo(EncounterClass.INPATIENT);
            }
        }
    }
}
