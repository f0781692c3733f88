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
import org.synthhealth.core.model.Patient;

/**
 * Emergency visits and admissions of 10,000 patients happen for reasons that bring patients to hospital; the one
 * admission without a reason is the stay in which a child is born, which starts on the birth date.
 */
class VisitReasonsTest {

    private static final Set<String> NEVER_TO_HOSPITAL = Set.of("obesity", "hyperlipidemia", "nicotine_dependence",
            "hypertension");
    private static final Set<String> ADMISSION_REASONS = Set.of("asthma", "copd", "heart_failure", "heart_disease",
            "atrial_fibrillation", "diabetes", "ckd", "pneumonia", "uti", "covid19");
    private static final Set<String> EMERGENCY_REASONS = Set.of("asthma", "copd", "heart_failure", "heart_disease",
            "atrial_fibrillation", "diabetes", "ckd", "depression", "anxiety", "pneumonia", "uti", "covid19",
            "pharyngitis", "strep_throat");

    private final List<Patient> patients = SampleCohort.patients();

    @Test
    void everyEmergencyVisitAndAdmissionButABirthStayHasAReasonThatBringsPatientsToHospital() {
        long emergencies = 0;
        long admissions = 0;
        long births = 0;
        for (Patient p : patients) {
            for (Encounter e : p.encounters()) {
                boolean admission = e.encounterClass() == EncounterClass.INPATIENT;
                if (!admission && e.encounterClass() != EncounterClass.EMERGENCY) {
                    continue;
                }
                if (admission && LocalDate.ofInstant(e.start(), ZoneOffset.UTC).equals(p.demographics().birthDate())) {
                    assertThat(e.reasonConditionId()).as("reason for the birth stay %s of %s", e.id(), p.id())
                            .isEmpty();
                    births++;
                    continue;
                }
                Optional<Condition> reason = e.reasonConditionId().flatMap(p::condition);
                assertThat(reason).as("reason for %s %s of %s", e.encounterClass(), e.id(), p.id()).isPresent();
                String key = reason.get().key();
                assertThat(key).as("reason for %s %s of %s", e.encounterClass(), e.id(), p.id())
                        .isNotIn(NEVER_TO_HOSPITAL).isIn(admission ? ADMISSION_REASONS : EMERGENCY_REASONS);
                if (admission) {
                    admissions++;
                } else {
                    emergencies++;
                }
            }
        }
        assertThat(emergencies).as("emergency visits among 10,000").isGreaterThan(2_000);
        assertThat(admissions).as("admissions but birth stays among 10,000").isGreaterThan(700);
        assertThat(births).as("birth stays among 10,000").isGreaterThan(1_000);
    }

    @Test
    void emergencyVisitsForChronicConditionsComeAfterTheyWereDiagnosed() {
        for (Patient p : patients) {
            for (Encounter e : p.encounters()) {
                if (e.encounterClass() != EncounterClass.EMERGENCY && e.encounterClass() != EncounterClass.INPATIENT) {
                    continue;
                }
                Optional<Condition> found = e.reasonConditionId().flatMap(p::condition);
                if (found.isEmpty()) {
                    continue;
                }
                Condition reason = found.get();
                LocalDate day = LocalDate.ofInstant(e.start(), ZoneOffset.UTC);
                if (reason.chronic()) {
                    assertThat(reason.onsetDate()).as("onset of %s, reason for %s", reason.key(), e.id())
                            .isBefore(day);
                } else {
                    assertThat(reason.onsetDate()).as("onset of %s, reason for %s", reason.key(), e.id())
                            .isBeforeOrEqualTo(day);
                }
            }
        }
    }
}
