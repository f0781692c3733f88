package org.synthhealth.core.format.fhir.internal;

import org.hl7.fhir.r4.model.Immunization;

/** Maps a vaccination to a US Core Immunization coded in CVX. */
public final class ImmunizationResource {

    private ImmunizationResource() {
    }

    /** The Immunization of one vaccine given at a visit; recorded by the giver, so a primary source. */
    public static Immunization map(org.synthhealth.core.model.Immunization source, MappingContext context) {
        Immunization immunization = new Immunization();
        immunization.setId(source.id());
        immunization.setMeta(FhirValues.profile(context.profiles().immunization()));
        immunization.setStatus(Immunization.ImmunizationStatus.COMPLETED);
        immunization.setVaccineCode(FhirValues.concept(source.vaccine()));
        immunization.setPatient(context.subject());
        context.encounter(source.encounterId()).ifPresent(immunization::setEncounter);
        immunization.setOccurrence(FhirValues.dateTime(source.occurred()));
        immunization.setPrimarySource(true);
        return immunization;
    }
}
