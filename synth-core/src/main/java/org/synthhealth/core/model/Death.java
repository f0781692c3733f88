package org.synthhealth.core.model;

import java.time.Instant;

/**
 * A death, with a cause the record supports: the cause is one of the patient's conditions.
 *
 * @param causeConditionId the condition that caused it
 * @param cause the cause coded in ICD-10-CM
 */
public record Death(
        String patientId,
        Instant dateTime,
        String causeConditionId,
        Code cause) {
}
