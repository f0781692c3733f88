package org.synthhealth.core.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A prescription, coded in RxNorm. Every medication treats a condition the patient already has.
 *
 * @param conditionId the condition it treats
 * @param ndc a verified NDC package code when one is known; never invented
 * @param endDate the day the medication ends: a course's planned end (after the reference date for a course still
 *     running then), the day a drug was stopped or replaced, or death; empty for a drug taken indefinitely
 * @param status whether it was still taken when the record ends; tells a running course from a finished one
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
        Optional<LocalDate> endDate,
        MedicationStatus status) {
}
