package org.synthhealth.core.generate.clinical;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.synthhealth.core.generate.codes.Drug;
import org.synthhealth.core.generate.codes.TherapeuticClass;
import org.synthhealth.core.model.Medication;
import org.synthhealth.core.model.MedicationStatus;

/**
 * Keeps a patient with atrial fibrillation and stable coronary disease on the anticoagulant alone. Taking an
 * antiplatelet with an anticoagulant adds bleeding without preventing more events once no coronary syndrome or stent
 * is recent (AFIRE trial; 2023 AHA/ACC chronic coronary disease guideline), and the engine records neither, so: an
 * antiplatelet wanted while warfarin is taken is not added, the warfarin covering the coronary disease too; warfarin
 * started while an antiplatelet is taken stops the antiplatelet that day. No patient takes both at once, let alone
 * two antiplatelets with warfarin. No random draw is taken, so the rule leaves the rest of the record as it was.
 */
final class Antithrombotics {

    private static final Set<TherapeuticClass> ANTIPLATELETS = Set.of(TherapeuticClass.SALICYLATE,
            TherapeuticClass.P2Y12_INHIBITOR);
    private static final TherapeuticClass ANTICOAGULANT = TherapeuticClass.VITAMIN_K_ANTAGONIST;

    private Antithrombotics() {
    }

    /** Whether {@code drug} is an antiplatelet and an anticoagulant taken on {@code start} makes it unneeded. */
    static boolean coveredByAnticoagulant(List<Medication> medications, Drug drug, LocalDate start) {
        if (!ANTIPLATELETS.contains(TherapeuticClass.of(drug))) {
            return false;
        }
        return medications.stream().anyMatch(m -> isOf(m, Set.of(ANTICOAGULANT)) && takenOn(m, start));
    }

    /** When {@code drug} is an anticoagulant, ends on {@code start} every antiplatelet taken that day. */
    static void stopAntiplateletsFor(List<Medication> medications, Drug drug, LocalDate start) {
        if (TherapeuticClass.of(drug) != ANTICOAGULANT) {
            return;
        }
        for (int i = 0; i < medications.size(); i++) {
            Medication m = medications.get(i);
            if (isOf(m, ANTIPLATELETS) && takenOn(m, start)) {
                medications.set(i, new Medication(m.id(), m.patientId(), m.encounterId(), m.conditionId(),
                        m.name(), m.rxnorm(), m.ndc(), m.dosage(), m.frequency(), m.startDate(), Optional.of(start),
                        MedicationStatus.COMPLETED));
            }
        }
    }

    private static boolean isOf(Medication m, Set<TherapeuticClass> classes) {
        return TherapeuticClass.ofRxnorm(m.rxnorm().code()).filter(classes::contains).isPresent();
    }

    private static boolean takenOn(Medication m, LocalDate date) {
        return !m.startDate().isAfter(date) && m.endDate().map(e -> e.isAfter(date)).orElse(true);
    }
}
