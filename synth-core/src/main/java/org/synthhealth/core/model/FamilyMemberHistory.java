package org.synthhealth.core.model;

import java.util.Optional;

/**
 * A condition a relative had.
 *
 * @param relationship a v3 RoleCode such as {@code MTH} (mother), {@code FTH} (father) or {@code SIB} (sibling)
 * @param onsetAge the relative's age when it began, when known
 */
public record FamilyMemberHistory(
        String id,
        String patientId,
        String relationship,
        String condition,
        Code icd10,
        Code snomed,
        Optional<Integer> onsetAge) {
}
