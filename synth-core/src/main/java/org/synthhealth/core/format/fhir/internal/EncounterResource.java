package org.synthhealth.core.format.fhir.internal;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Period;

/** Maps a visit to a US Core Encounter. */
public final class EncounterResource {

    private static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    private static final String ADMIT_SOURCE = "http://terminology.hl7.org/CodeSystem/admit-source";

    private EncounterResource() {
    }

    /**
     * The Encounter of one visit: finished, with its class, SNOMED CT type, period and reason when known; the stay in
     * which the patient was born ({@code birthStay}) has the admit source {@code born} instead of a reason.
     */
    public static Encounter map(org.synthhealth.core.model.Encounter source, boolean birthStay,
            MappingContext context) {
        Encounter encounter = new Encounter();
        encounter.setId(source.id());
        encounter.setMeta(FhirValues.profile(context.profiles().encounter()));
        encounter.setStatus(Encounter.EncounterStatus.FINISHED);
        encounter.setClass_(new Coding(ACT_CODE, source.encounterClass().fhirClass(), classDisplay(source)));
        encounter.addType(FhirValues.concept(source.encounterClass().type()));
        encounter.setSubject(context.subject());
        encounter.setPeriod(new Period().setStartElement(FhirValues.dateTime(source.start()))
                .setEndElement(FhirValues.dateTime(source.end())));
        context.condition(source.reasonConditionId()).ifPresent(encounter::addReasonReference);
        if (birthStay) {
            // Encounter.hospitalization.admitSource: the admission is the birth itself, which no condition explains.
            encounter.getHospitalization().setAdmitSource(new CodeableConcept(new Coding(ADMIT_SOURCE, "born",
                    "Born in hospital")));
        }
        return encounter;
    }

    private static String classDisplay(org.synthhealth.core.model.Encounter source) {
        return switch (source.encounterClass().fhirClass()) {
            case "EMER" -> "emergency";
            case "IMP" -> "inpatient encounter";
            default -> "ambulatory";
        };
    }
}
