package org.synthhealth.core;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.synthhealth.core.generate.RequirementMatcher;
import org.synthhealth.core.model.Sex;

/**
 * Builds {@link Requirements} fluently; whatever is not set is not required. The names follow the YAML
 * {@code requirements} block.
 *
 * <pre>{@code
 * CohortSpec spec = CohortSpec.builder()
 *         .patients(60)
 *         .seed(1234L)
 *         .requirements(Requirements.builder().conditions("diabetes").minAge(65).maxAge(80).sex(Sex.FEMALE)
 *                 .deceased(false).build())
 *         .build();
 * }</pre>
 *
 * <p>{@link #build()} refuses requirements no patient can meet whatever the cohort (an unknown condition,
 * {@code minAge} above {@code maxAge}, an age outside 0 to {@link AgeBand#OLDEST}, a condition that cannot start by
 * {@code maxAge}) with an {@link InvalidInputException}; {@link CohortSpecBuilder#build()} then refuses those the
 * spec's own settings rule out (ages its age distribution gives no weight, a sex its gender distribution leaves
 * out). Not thread-safe; {@link #build()} returns an immutable value.
 */
public final class RequirementsBuilder {

    private List<String> conditions = List.of();
    private Optional<Integer> minAge = Optional.empty();
    private Optional<Integer> maxAge = Optional.empty();
    private Optional<Sex> sex = Optional.empty();
    private Optional<Boolean> deceased = Optional.empty();

    RequirementsBuilder() {
    }

    RequirementsBuilder(Requirements requirements) {
        conditions = requirements.conditions();
        minAge = requirements.minAge();
        maxAge = requirements.maxAge();
        sex = requirements.sex();
        deceased = requirements.deceased();
    }

    /**
     * Conditions every patient must have, each by engine key ({@code diabetes}), ICD-10-CM code ({@code E11.9}),
     * SNOMED CT code or name, ignoring case (YAML {@code conditions}). Replaces conditions given before.
     */
    public RequirementsBuilder conditions(String... keysCodesOrNames) {
        return conditions(Arrays.asList(GivenValues.present("requirements.conditions (conditions)",
                keysCodesOrNames)));
    }

    /** The same as {@link #conditions(String...)}, from a list. */
    public RequirementsBuilder conditions(List<String> keysCodesOrNames) {
        this.conditions = GivenValues.list("requirements.conditions (conditions)", keysCodesOrNames);
        return this;
    }

    /** The youngest age in whole years on the reference date, inclusive (YAML {@code min_age}). */
    public RequirementsBuilder minAge(int years) {
        this.minAge = Optional.of(years);
        return this;
    }

    /** The oldest age in whole years on the reference date, inclusive (YAML {@code max_age}). */
    public RequirementsBuilder maxAge(int years) {
        this.maxAge = Optional.of(years);
        return this;
    }

    /** The sex every patient must have (YAML {@code sex}). */
    public RequirementsBuilder sex(Sex value) {
        this.sex = Optional.of(GivenValues.present("requirements.sex (sex)", value));
        return this;
    }

    /** {@code true} for deceased patients only, {@code false} for living patients only (YAML {@code deceased}). */
    public RequirementsBuilder deceased(boolean value) {
        this.deceased = Optional.of(value);
        return this;
    }

    /**
     * The immutable requirements.
     *
     * @throws InvalidInputException naming the first requirement no patient can meet and the fix, for example
     *     {@code requirements.max_age: is 60, below min_age 70; make max_age at least min_age}
     */
    public Requirements build() {
        Requirements requirements = new Requirements(conditions, minAge, maxAge, sex, deceased);
        RequirementMatcher.validate(requirements);
        return requirements;
    }
}
