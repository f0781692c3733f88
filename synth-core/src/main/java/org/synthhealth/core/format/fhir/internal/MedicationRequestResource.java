package org.synthhealth.core.format.fhir.internal;

import java.util.Optional;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;

/** Maps a prescription to a US Core MedicationRequest with the drug coded inline (RxNorm, plus NDC when known). */
public final class MedicationRequestResource {

    private static final String CATEGORY = "http://terminology.hl7.org/CodeSystem/medicationrequest-category";

    private MedicationRequestResource() {
    }

    /**
     * The MedicationRequest of one prescription. The prescriber is named by display only (the export writes no
     * Practitioner resources), so it needs no entry to resolve to.
     */
    public static MedicationRequest map(org.synthhealth.core.model.Medication source, MappingContext context,
            Optional<String> prescriber) {
        MedicationRequest request = new MedicationRequest();
        request.setId(source.id());
        request.setMeta(FhirValues.profile(context.profiles().medicationRequest()));
        request.setStatus(MedicationRequest.MedicationRequestStatus.fromCode(source.status().code()));
        request.setIntent(MedicationRequest.MedicationRequestIntent.ORDER);
        request.addCategory(FhirValues.concept(CATEGORY, "outpatient", "Outpatient"));
        request.setMedication(FhirValues.concept(Optional.of(source.rxnorm()), source.ndc()));
        request.setSubject(context.subject());
        context.encounter(source.encounterId()).ifPresent(request::setEncounter);
        request.setAuthoredOnElement(FhirValues.dateTime(source.startDate()));
        request.setRequester(new Reference().setDisplay(prescriber.orElse("Prescriber not recorded")));
        context.condition(Optional.ofNullable(source.conditionId())).ifPresent(request::addReasonReference);
        String text = (source.dosage() + " " + source.frequency()).strip();
        if (!text.isEmpty()) {
            request.addDosageInstruction().setText(text);
        }
        // MedicationRequest.dispenseRequest.validityPeriod: the course's planned end, also while it is still active.
        Period validity = new Period().setStartElement(FhirValues.dateTime(source.startDate()));
        source.endDate().ifPresent(end -> validity.setEndElement(FhirValues.dateTime(end)));
        request.getDispenseRequest().setValidityPeriod(validity);
        return request;
    }
}
