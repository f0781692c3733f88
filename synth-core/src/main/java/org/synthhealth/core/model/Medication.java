package org.synthhealth.core.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A prescription, coded in RxNorm. Every medication treats a condition the patient already has.
 *
 * @param conditionId the condition it treats
 * @param ndc a verified NDC package code when one is known; never invented
 * @param endDate empty while the medication is still taken
 */
public record Medication(
        String id,
        String patientId,
        String encounterId,
        String conditionId,
        String name,
        Code rxnorm,
        Optional<Code> ndc,
        String dosage,
        String frequency,
        LocalDate startDate,
        Optional<LocalDate> endDate) {
}
