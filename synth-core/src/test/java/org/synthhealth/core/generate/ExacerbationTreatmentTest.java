package org.synthhealth.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.model.Condition;
import org.synthhealth.core.model.Encounter;
import org.synthhealth.core.model.EncounterClass;
import org.synthhealth.core.model.Medication;
import org.synthhealth.core.model.Patient;

/**
 * A prednisone burst treats an exacerbation of COPD or asthma, the flare-up that brings the patient to the emergency
 * department or hospital, and nothing else: not the check-up at which the disease is diagnosed.
 */
class ExacerbationTreatmentTest {

    private static final String PREDNISONE = "198145";
    private static final Set<String> FLARING = Set.of("copd", "asthma");
    private static final Set<EncounterClass> HOSPITAL = Set.of(EncounterClass.EMERGENCY, EncounterClass.INPATIENT);

    private final List<Patient> patients = SampleCohort.patients();

    @Test
    void prednisoneIsGivenOnlyAtHospitalVisitsForCopdOrAsthma() {
        long bursts = 0;
        for (Patient p : patients) {
            for (Medication m : p.medications()) {
                if (!m.rxnorm().code().equals(PREDNISONE)) {
                    continue;
                }
                bursts++;
                Encounter where = p.encounter(m.encounterId()).orElseThrow();
                String treated = p.condition(m.conditionId()).map(Condition::key).orElse("none");

                assertThat(where.encounterClass()).as("visit of prednisone %s for %s of %s (seed %d)", m.id(),
                        treated, p.id(), SampleCohort.SPEC.seed().orElseThrow()).isIn(HOSPITAL);
                assertThat(treated).as("condition of prednisone %s of %s", m.id(), p.id()).isIn(FLARING);
                assertThat(where.reasonConditionId()).as("reason of the visit of %s", m.id()).contains(m.conditionId());
            }
        }
        assertThat(bursts).as("prednisone bursts").isGreaterThan(100);
    }

    @Test
    void everyHospitalVisitForCopdOrAsthmaFromTwelveGetsASteroidBurst() {
        long visits = 0;
        long untreated = 0;
        StringBuilder examples = new StringBuilder();
        for (Patient p : patients) {
            for (Encounter e : p.encounters()) {
                Optional<Condition> reason = e.reasonConditionId().flatMap(p::condition);
                LocalDate day = LocalDate.ofInstant(e.start(), ZoneOffset.UTC);
                if (!HOSPITAL.contains(e.encounterClass()) || reason.isEmpty() || !FLARING.contains(reason.get().key())
                        || p.ageOn(day) < 12) {
                    continue;
                }
                visits++;
                if (!onPrednisone(p, day)) {
                    untreated++;
                    if (examples.length() < 400) {
                        examples.append(p.id()).append(' ').append(e.id()).append('\n');
                    }
                }
            }
        }

        assertThat(visits).as("hospital visits for COPD or asthma from 12").isGreaterThan(200);
        assertThat(untreated).as("of %d, without prednisone, for example:%n%s", visits, examples).isZero();
    }

    private static boolean onPrednisone(Patient p, LocalDate day) {
        return p.medications().stream().anyMatch(m -> m.rxnorm().code().equals(PREDNISONE)
                && !m.startDate().isAfter(day) && m.endDate().map(end -> !end.isBefore(day)).orElse(true));
    }
}
