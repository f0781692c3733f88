package org.synthhealth.core.model;

import java.time.Instant;

/** A vaccine given at a visit, coded in CVX. */
public record Immunization(
        String id,
        String patientId,
        String encounterId,
        Code vaccine,
        Instant occurred) {
}
