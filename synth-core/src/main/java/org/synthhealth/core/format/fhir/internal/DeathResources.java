package org.synthhealth.core.format.fhir.internal;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.synthhealth.core.model.CodeSystem;
import org.synthhealth.core.model.Death;

/**
 * Maps a death's cause to an Observation {@code 69453-9} "Cause of death", valued with the ICD-10-CM cause (and the
 * SNOMED CT code of the condition that caused it). The death date itself is {@code Patient.deceasedDateTime}.
 *
 * <p>An Observation was chosen over a second Condition because the cause is already one of the patient's Conditions;
 * the Observation records the finding of the death certificate without duplicating the diagnosis.
 */
public final class DeathResources {

    /** The LOINC code of the cause-of-death observation. */
    public static final String CAUSE_OF_DEATH = "69453-9";

    private static final String CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";

    private DeathResources() {
    }

    /**
     * The id of the cause-of-death Observation of a patient: a name-based UUID of the patient id, so it is the same
     * in every run.
     */
    public static String causeOfDeathId(String patientId) {
        return UUID.nameUUIDFromBytes(("cause-of-death:" + patientId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The cause-of-death Observation of a death. */
    public static Observation causeOfDeath(Death death, org.synthhealth.core.model.Patient patient,
            MappingContext context) {
        Observation observation = new Observation();
        observation.setId(causeOfDeathId(patient.id()));
        context.profiles().causeOfDeath().ifPresent(p -> observation.setMeta(FhirValues.profile(p)));
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation.addCategory(FhirValues.concept(CATEGORY, "exam", "Exam"));
        observation.setCode(new CodeableConcept().addCoding(new Coding(CodeSystem.LOINC.uri(), CAUSE_OF_DEATH,
                "Cause of death [US Standard Certificate of Death]")).setText("Cause of death"));
        observation.setSubject(context.subject());
        observation.setEffective(FhirValues.dateTime(death.dateTime()));
        CodeableConcept value = FhirValues.concept(Optional.of(death.cause()),
                patient.condition(death.causeConditionId()).map(c -> c.snomed()));
        observation.setValue(value);
        return observation;
    }
}
