package org.synthhealth.core.model;

import java.time.Instant;
import java.util.Optional;

/**
 * One visit. Rows that happened during a visit (conditions diagnosed, medications ordered, observations taken,
 * procedures done, vaccines given) carry its id and fall between {@code start} and {@code end}.
 *
 * @param reasonConditionId the condition this visit was for, when it was for one
 */
public record Encounter(
        String id,
        String patientId,
        EncounterClass encounterClass,
        Instant start,
        Instant end,
        Optional<String> reasonConditionId,
        String provider,
        String facility) {
}
