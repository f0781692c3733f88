package org.synthhealth.core.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A diagnosis, coded in ICD-10-CM and SNOMED CT.
 *
 * @param key the engine's name for the condition, for example {@code diabetes} (the key used in
 *     {@code condition_prevalence})
 * @param encounterId the visit at which it was diagnosed
 * @param chronic whether it lasts (hypertension) or resolves (pharyngitis)
 */
public record Condition(
        String id,
        String patientId,
        String encounterId,
        String key,
        String name,
        Code icd10,
        Code snomed,
        boolean chronic,
        ClinicalStatus status,
        LocalDate onsetDate,
        Optional<LocalDate> resolutionDate) {
}
