package org.synthhealth.core.format.fhir.internal;

import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Period;

/** Maps a visit to a US Core Encounter. */
public final class EncounterResource {

    private static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";

    private EncounterResource() {
    }

    /** The Encounter of one visit: finished, with its class, SNOMED CT type, period and reason when known. */
    public static Encounter map(org.synthhealth.core.model.Encounter source, MappingContext context) {
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
