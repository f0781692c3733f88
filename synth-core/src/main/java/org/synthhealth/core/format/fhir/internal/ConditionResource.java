package org.synthhealth.core.format.fhir.internal;

import java.util.Optional;
import org.hl7.fhir.r4.model.Condition;
import org.synthhealth.core.model.ClinicalStatus;

/**
 * Maps a diagnosis to a US Core Condition: a chronic condition is a problem-list item, an acute one an encounter
 * diagnosis tied to its visit.
 */
public final class ConditionResource {

    private static final String CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category";
    private static final String CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical";
    private static final String VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status";

    private ConditionResource() {
    }

    /** The Condition of one diagnosis, coded in SNOMED CT and ICD-10-CM. */
    public static Condition map(org.synthhealth.core.model.Condition source, MappingContext context) {
        boolean problem = source.chronic();
        Condition condition = new Condition();
        condition.setId(source.id());
        condition.setMeta(FhirValues.profile(context.profiles().condition(problem)));
        boolean resolved = source.status() == ClinicalStatus.RESOLVED;
        condition.setClinicalStatus(FhirValues.concept(CLINICAL, source.status().code(),
                resolved ? "Resolved" : "Active"));
        condition.setVerificationStatus(FhirValues.concept(VERIFICATION, "confirmed", "Confirmed"));
        condition.addCategory(problem
                ? FhirValues.concept(CATEGORY, "problem-list-item", "Problem List Item")
                : FhirValues.concept(CATEGORY, "encounter-diagnosis", "Encounter Diagnosis"));
        condition.setCode(FhirValues.concept(Optional.of(source.snomed()), Optional.of(source.icd10())));
        condition.setSubject(context.subject());
        context.encounter(source.encounterId()).ifPresent(condition::setEncounter);
        condition.setOnset(FhirValues.dateTime(source.onsetDate()));
        if (resolved) {
            source.resolutionDate().ifPresent(date -> condition.setAbatement(FhirValues.dateTime(date)));
        }
        condition.setRecordedDateElement(FhirValues.dateTime(source.onsetDate()));
        return condition;
    }
}
