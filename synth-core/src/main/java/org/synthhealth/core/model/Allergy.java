package org.synthhealth.core.model;

import java.time.LocalDate;

/**
 * An allergy or intolerance to a substance.
 *
 * @param substance the substance, coded in SNOMED CT (or RxNorm for drug ingredients)
 * @param reaction the manifestation, coded in SNOMED CT
 * @param severity {@code mild}, {@code moderate} or {@code severe}
 */
public record Allergy(
        String id,
        String patientId,
        String encounterId,
        Code substance,
        AllergyCategory category,
        Code reaction,
        String severity,
        LocalDate onsetDate) {
}
