package org.synthhealth.core.generate;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.synthhealth.core.InvalidInputException;
import org.synthhealth.core.Requirements;
import org.synthhealth.core.generate.codes.ConditionCatalogue;
import org.synthhealth.core.generate.codes.ConditionDefinition;
import org.synthhealth.core.model.Condition;
import org.synthhealth.core.model.Patient;

/**
 * Checks a patient against the requirements of a targeted cohort, and rejects requirements no patient can meet.
 *
 * <p>A required condition matches a patient's condition by engine key ({@code diabetes}), ICD-10-CM code
 * ({@code E11.9}), SNOMED CT code ({@code 44054006}) or name ({@code Type 2 diabetes}), ignoring case. Ages are
 * whole years on the reference date, for the deceased as well.
 */
public final class RequirementMatcher {

    private RequirementMatcher() {
    }

    /** Whether {@code patient} meets every requirement, counting age on {@code referenceDate}. */
    public static boolean matches(Patient patient, Requirements requirements, LocalDate referenceDate) {
        int age = patient.ageOn(referenceDate);
        if (requirements.minAge().isPresent() && age < requirements.minAge().get()) {
            return false;
        }
        if (requirements.maxAge().isPresent() && age > requirements.maxAge().get()) {
            return false;
        }
        if (requirements.sex().isPresent() && requirements.sex().get() != patient.demographics().sex()) {
            return false;
        }
        if (requirements.deceased().isPresent() && requirements.deceased().get() != patient.isDeceased()) {
            return false;
        }
        for (String wanted : requirements.conditions()) {
            if (patient.conditions().stream().noneMatch(c -> names(c, wanted))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a condition row answers to {@code text}: key, ICD-10-CM code, SNOMED CT code or name. */
    public static boolean names(Condition condition, String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        return t.equals(condition.key()) || t.equals(condition.icd10().code().toLowerCase(Locale.ROOT))
                || t.equals(condition.snomed().code()) || t.equals(condition.name().toLowerCase(Locale.ROOT))
                || t.equals(condition.icd10().display().toLowerCase(Locale.ROOT))
                || t.equals(condition.snomed().display().toLowerCase(Locale.ROOT))
                || t.equals(condition.key().replace('_', ' '));
    }

    /**
     * The catalogue condition a requirement names; an {@link InvalidInputException} naming the requirement and the
     * nearest known key when there is none.
     */
    public static ConditionDefinition resolveCondition(String text) {
        return ConditionCatalogue.named(text).orElseThrow(() -> new InvalidInputException(
                "requirements: unknown condition '" + text + "'; use a key such as '" + nearestKey(text)
                        + "' (known: " + String.join(", ", ConditionCatalogue.KEYS)
                        + "), or its ICD-10-CM or SNOMED CT code"));
    }

    /** Rejects requirements no patient can meet, with a message that names the requirement and the fix. */
    public static void validate(Requirements requirements) {
        int min = requirements.minAge().orElse(0);
        if (min < 0) {
            throw new InvalidInputException("requirements: min_age is " + min + "; use an age of 0 or more");
        }
        if (requirements.maxAge().isPresent() && requirements.maxAge().get() < min) {
            throw new InvalidInputException("requirements: min_age " + min + " is greater than max_age "
                    + requirements.maxAge().get() + "; make min_age <= max_age");
        }
        for (String text : requirements.conditions()) {
            ConditionDefinition def = resolveCondition(text);
            if (requirements.maxAge().isPresent() && def.minOnsetAge() > requirements.maxAge().get()) {
                throw new InvalidInputException("requirements: condition '" + text + "' is not diagnosed before age "
                        + def.minOnsetAge() + " but max_age is " + requirements.maxAge().get()
                        + "; raise max_age to at least " + def.minOnsetAge() + " or drop the condition");
            }
        }
    }

    /** The known condition key closest to {@code text} by edit distance. */
    public static String nearestKey(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        List<String> keys = ConditionCatalogue.KEYS;
        return keys.stream().min(Comparator.comparingInt((String k) -> distance(k, t))).orElse(keys.get(0));
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
