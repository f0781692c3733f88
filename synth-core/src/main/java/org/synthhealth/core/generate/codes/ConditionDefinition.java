package org.synthhealth.core.generate.codes;

import java.util.List;
import java.util.Locale;
import org.synthhealth.core.model.Code;

/**
 * One condition the engine knows: its key, codes, whether it lasts, and how common it is by age.
 *
 * <p>{@code ageCurve} holds pairs of (age from which it applies, relative prevalence); the curve is a step function
 * scaled so that the adult prevalence of the default US population equals {@code adultPrevalence}.
 *
 * @param key the name used in {@code condition_prevalence} and targeted cohorts, for example {@code diabetes}
 * @param chronic whether it lasts for life (hypertension) or resolves in days or weeks (pharyngitis)
 * @param minOnsetAge the youngest age at which it is diagnosed
 * @param adultPrevalence the share of adults (18+) who have it in the default population; for acute conditions,
 *     the yearly chance of an episode for an adult
 * @param ageCurve ascending ages with the relative prevalence from that age on: {@code {0, 0.0, 18, 1.0, 60, 2.5}}
 * @param source where {@code adultPrevalence} comes from, for the README
 */
public record ConditionDefinition(
        String key,
        String name,
        Code icd10,
        Code snomed,
        boolean chronic,
        int minOnsetAge,
        double adultPrevalence,
        double[] ageCurve,
        String source) {

    /** The relative prevalence at {@code age}, before scaling. */
    public double relativeAt(double age) {
        double value = 0;
        for (int i = 0; i + 1 < ageCurve.length; i += 2) {
            if (age >= ageCurve[i]) {
                value = ageCurve[i + 1];
            }
        }
        return age < minOnsetAge ? 0 : value;
    }

    /** Whether {@code text} names this condition: its key, ICD-10-CM or SNOMED CT code, or name, ignoring case. */
    public boolean isNamedBy(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        return t.equals(key) || t.equals(icd10.code().toLowerCase(Locale.ROOT)) || t.equals(snomed.code())
                || t.equals(name.toLowerCase(Locale.ROOT)) || t.equals(icd10.display().toLowerCase(Locale.ROOT))
                || t.equals(snomed.display().toLowerCase(Locale.ROOT))
                || t.equals(key.replace('_', ' '));
    }

    /** The names this condition answers to, for error messages. */
    public List<String> names() {
        return List.of(key, icd10.code(), snomed.code(), name);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConditionDefinition other && key.equals(other.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}
