package org.synthhealth.core.format.fhir.internal;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Reference;
import org.synthhealth.core.model.Patient;

/**
 * What every resource mapper of one patient needs: the profiles to claim and the ids that exist in the patient's
 * bundle, so that a reference is written only when it resolves inside the bundle.
 *
 * @param profiles the profiles of the chosen US Core release
 * @param patientId the patient's id
 * @param encounterIds the ids of the patient's encounters
 * @param conditionIds the ids of the patient's conditions
 */
public record MappingContext(Profiles profiles, String patientId, Set<String> encounterIds, Set<String> conditionIds) {

    /** Canonical constructor; copies the sets. */
    public MappingContext {
        encounterIds = Set.copyOf(encounterIds);
        conditionIds = Set.copyOf(conditionIds);
    }

    /** The context of one patient. */
    public static MappingContext of(Profiles profiles, Patient patient) {
        return new MappingContext(profiles, patient.id(),
                patient.encounters().stream().map(e -> e.id()).collect(Collectors.toSet()),
                patient.conditions().stream().map(c -> c.id()).collect(Collectors.toSet()));
    }

    /** The reference to the patient's entry. */
    public Reference subject() {
        return FhirValues.reference(patientId);
    }

    /** The reference to an encounter, when the bundle holds it. */
    public Optional<Reference> encounter(String encounterId) {
        return encounterId != null && encounterIds.contains(encounterId)
                ? Optional.of(FhirValues.reference(encounterId)) : Optional.empty();
    }

    /** The reference to a condition, when the bundle holds it. */
    public Optional<Reference> condition(Optional<String> conditionId) {
        return conditionId.filter(conditionIds::contains).map(FhirValues::reference);
    }
}
