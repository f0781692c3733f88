package org.synthhealth.core.model;

import java.time.Instant;
import java.util.Optional;

/**
 * A procedure, coded in SNOMED CT (CPT is licensed by the AMA and is not shipped).
 *
 * @param reasonConditionId the condition it was done for, when there is one
 */
public record Procedure(
        String id,
        String patientId,
        String encounterId,
        Code code,
        Instant performed,
        Optional<String> reasonConditionId) {
}
