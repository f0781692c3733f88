package org.synthhealth.core;

import java.util.List;
import java.util.Optional;
import org.synthhealth.core.model.Sex;

/**
 * What every patient of a targeted cohort must satisfy: conditions they have (by engine key, name or code), an age
 * range on the reference date, a sex and whether they are alive or deceased. Build one with {@link #builder()}:
 * {@code Requirements.builder().conditions("diabetes").minAge(65).sex(Sex.FEMALE).build()}.
 *
 * @param conditions each entry must match one of the patient's conditions, by key ({@code diabetes}), ICD-10-CM code
 *     ({@code E11.9}), SNOMED CT code or name, case-insensitively
 * @param deceased {@code true} for deceased patients only, {@code false} for living patients only
 */
public record Requirements(
        List<String> conditions,
        Optional<Integer> minAge,
        Optional<Integer> maxAge,
        Optional<Sex> sex,
        Optional<Boolean> deceased) {

    public Requirements {
        conditions = List.copyOf(conditions);
    }

    /** A fluent builder that requires nothing until told. */
    public static RequirementsBuilder builder() {
        return new RequirementsBuilder();
    }

    /** A builder starting from these requirements, to change some of them. */
    public RequirementsBuilder toBuilder() {
        return new RequirementsBuilder(this);
    }

    /** No requirement: every generated patient qualifies. */
    public static Requirements none() {
        return new Requirements(List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Whether nothing is required. */
    public boolean isEmpty() {
        return this.equals(none());
    }

    /** A copy that also requires {@code sex}. */
    public Requirements withSex(Sex value) {
        return new Requirements(conditions, minAge, maxAge, Optional.of(value), deceased);
    }
}
