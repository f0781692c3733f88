package org.synthhealth.core.format.fhir.internal;

import org.hl7.fhir.r4.model.Procedure;

/** Maps a procedure to a US Core Procedure coded in SNOMED CT. */
public final class ProcedureResource {

    private ProcedureResource() {
    }

    /** The Procedure of one procedure done at a visit. */
    public static Procedure map(org.synthhealth.core.model.Procedure source, MappingContext context) {
        Procedure procedure = new Procedure();
        procedure.setId(source.id());
        procedure.setMeta(FhirValues.profile(context.profiles().procedure()));
        procedure.setStatus(Procedure.ProcedureStatus.COMPLETED);
        procedure.setCode(FhirValues.concept(source.code()));
        procedure.setSubject(context.subject());
        context.encounter(source.encounterId()).ifPresent(procedure::setEncounter);
        procedure.setPerformed(FhirValues.dateTime(source.performed()));
        context.condition(source.reasonConditionId()).ifPresent(procedure::addReasonReference);
        return procedure;
    }
}
