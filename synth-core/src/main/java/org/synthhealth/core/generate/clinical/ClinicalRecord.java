package org.synthhealth.core.generate.clinical;

import java.util.List;
import java.util.Optional;
import org.synthhealth.core.model.Allergy;
import org.synthhealth.core.model.Condition;
import org.synthhealth.core.model.Death;
import org.synthhealth.core.model.Encounter;
import org.synthhealth.core.model.FamilyMemberHistory;
import org.synthhealth.core.model.Immunization;
import org.synthhealth.core.model.Medication;
import org.synthhealth.core.model.Observation;
import org.synthhealth.core.model.Procedure;

/** The clinical part of a patient's record, in chronological order within each list. */
public record ClinicalRecord(
        List<Encounter> encounters,
        List<Condition> conditions,
        List<Medication> medications,
        List<Allergy> allergies,
        List<Procedure> procedures,
        List<Immunization> immunizations,
        List<Observation> observations,
        Optional<Death> death,
        List<FamilyMemberHistory> familyHistory) {
}
