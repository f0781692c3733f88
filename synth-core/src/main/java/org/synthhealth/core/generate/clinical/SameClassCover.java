package org.synthhealth.core.generate.clinical;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.synthhealth.core.generate.codes.Drug;
import org.synthhealth.core.generate.codes.TherapeuticClass;
import org.synthhealth.core.model.Medication;
import org.synthhealth.core.model.MedicationStatus;

/**
 * Lets a drug the patient already takes cover a new indication of its class, so that no patient takes two drugs of
 * one {@link TherapeuticClass} at a time: a patient on lisinopril for hypertension whose kidney disease calls for
 * losartan keeps the lisinopril, which protects the kidney as well; one on a statin keeps it when coronary disease
 * is found. A course that would end before the new one is extended to the later end, as a prescriber renews it.
 *
 * <p>The medication keeps naming the condition it was first prescribed for: a {@link Medication} carries one
 * reason. The new condition counts as treated all the same, so the prescriber does not try again at follow-ups.
 * No random draw is taken, so the choice leaves the rest of the record as it was.
 */
final class SameClassCover {

    private SameClassCover() {
    }

    /**
     * Whether a medication of {@code drug}'s class is taken on {@code start}; if so, extends it to {@code end} when
     * that is later, and the caller prescribes nothing.
     *
     * @param end the end the new prescription would have; empty when taken indefinitely
     * @param status the status the new prescription would have, which an extended one takes with its end
     */
    static boolean covers(List<Medication> medications, Drug drug, LocalDate start, Optional<LocalDate> end,
            MedicationStatus status) {
        TherapeuticClass wanted = TherapeuticClass.of(drug);
        for (int i = 0; i < medications.size(); i++) {
            Medication m = medications.get(i);
            boolean sameClass = TherapeuticClass.ofRxnorm(m.rxnorm().code()).filter(wanted::equals).isPresent();
            if (sameClass && takenOn(m, start)) {
                if (endsBefore(m.endDate(), end)) {
                    medications.set(i, new Medication(m.id(), m.patientId(), m.encounterId(), m.conditionId(),
                            m.name(), m.rxnorm(), m.ndc(), m.dosage(), m.frequency(), m.startDate(), end, status));
                }
                return true;
            }
        }
        return false;
    }

    private static boolean takenOn(Medication m, LocalDate date) {
        return !m.startDate().isAfter(date) && m.endDate().map(e -> e.isAfter(date)).orElse(true);
    }

    private static boolean endsBefore(Optional<LocalDate> current, Optional<LocalDate> wanted) {
        return current.isPresent() && (wanted.isEmpty() || wanted.get().isAfter(current.get()));
    }
}
