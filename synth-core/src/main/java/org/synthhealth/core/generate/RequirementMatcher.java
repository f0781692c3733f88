package org.synthhealth.core.generate;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.synthhealth.core.AgeBand;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.Distribution;
import org.synthhealth.core.InvalidInputException;
import org.synthhealth.core.Requirements;
import org.synthhealth.core.generate.codes.ConditionCatalogue;
import org.synthhealth.core.generate.codes.ConditionDefinition;
import org.synthhealth.core.model.Condition;
import org.synthhealth.core.model.Patient;
import org.synthhealth.core.model.Sex;
import org.synthhealth.core.model.SmokingStatus;

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

    /**
     * Rejects requirements no patient can meet, with a message that names the requirement and the fix, for example
     * {@code requirements.max_age: is 60, below min_age 70; make max_age at least min_age}.
     *
     * @throws InvalidInputException for the first requirement that cannot be met
     */
    public static void validate(Requirements requirements) {
        impossibility(requirements).ifPresent(p -> {
            throw new InvalidInputException("requirements." + p.key() + ": " + p.reason());
        });
    }

    /**
     * Rejects requirements no patient drawn from {@code ages} can meet: those of {@link #validate(Requirements)}, and
     * an age range to which {@code age_dist} gives no weight (which would otherwise pin every patient to one age).
     *
     * @throws InvalidInputException for the first requirement that cannot be met
     */
    public static void validate(Requirements requirements, Distribution<AgeBand> ages) {
        impossibility(requirements, ages).ifPresent(p -> {
            throw new InvalidInputException("requirements." + p.key() + ": " + p.reason());
        });
    }

    /**
     * Rejects the requirements of {@code spec} that no patient of its cohort can meet: those of
     * {@link #validate(Requirements, Distribution)}, and a sex to which {@code gender_dist} gives no weight (which
     * would otherwise make every patient of a sex the cohort was configured without).
     *
     * @throws InvalidInputException for the first requirement that cannot be met
     */
    public static void validate(CohortSpec spec) {
        impossibility(spec).ifPresent(p -> {
            throw new InvalidInputException("requirements." + p.key() + ": " + p.reason());
        });
    }

    /** The first requirement of {@code spec} its cohort cannot meet, if any: see {@link #validate(CohortSpec)}. */
    public static Optional<Impossibility> impossibility(CohortSpec spec) {
        return impossibility(spec.requirements(), spec, spec.conditionPrevalence());
    }

    /**
     * The first of {@code requirements} a cohort of {@code spec}'s population with the prevalence overrides
     * {@code prevalence} cannot meet, if any. The spec's own requirements and overrides play no part, so a reader can
     * ask before it sets them.
     */
    public static Optional<Impossibility> impossibility(Requirements requirements, CohortSpec spec,
            Map<String, Double> prevalence) {
        Optional<Impossibility> ages = impossibility(requirements, spec.ageDistribution());
        if (ages.isPresent()) {
            return ages;
        }
        List<String> conditions = requirements.conditions();
        for (int i = 0; i < conditions.size(); i++) {
            String key = ConditionCatalogue.named(conditions.get(i)).orElseThrow().key();
            // A patient who must have died needs a month between the diagnosis and the death.
            Optional<LocalDate> latestStart = ConditionCatalogue.firstDiagnosed(key)
                    .map(d -> requirements.deceased().orElse(false) ? d.plusDays(31) : d);
            if (latestStart.isPresent() && !spec.referenceDate().isAfter(latestStart.get())) {
                return Optional.of(new Impossibility("conditions[" + i + "]", "condition '" + conditions.get(i)
                        + "' is first diagnosed on " + ConditionCatalogue.firstDiagnosed(key).get()
                        + ", but reference_date is " + spec.referenceDate() + "; set reference_date after "
                        + latestStart.get() + (requirements.deceased().orElse(false) ? " (a month from diagnosis to "
                        + "death)" : "") + " or drop the condition"));
            }
            Optional<String> against = againstDistributions(spec, prevalence, key, conditions.get(i));
            if (against.isPresent()) {
                return Optional.of(new Impossibility("conditions[" + i + "]", against.get()));
            }
        }
        if (requirements.sex().isEmpty()) {
            return Optional.empty();
        }
        Sex sex = requirements.sex().get();
        if (spec.genderDistribution().weights().getOrDefault(sex, 0.0) > 0) {
            return Optional.empty();
        }
        return Optional.of(new Impossibility("sex", "is " + sex.label() + ", but gender_dist gives " + sex.label()
                + " no weight; give " + sex.label() + " weight in gender_dist, or drop the sex requirement"));
    }

    /**
     * Why a required condition contradicts the cohort's other settings, if it does: a prevalence override of 0, or
     * nicotine dependence (diagnosed in current smokers only) in a cohort without smokers.
     */
    private static Optional<String> againstDistributions(CohortSpec spec, Map<String, Double> prevalence, String key,
            String asGiven) {
        Double rate = prevalence.get(key);
        if (rate != null && rate <= 0) {
            return Optional.of("condition '" + asGiven + "' is required, but condition_prevalence." + key + " is 0; "
                    + "remove that override or drop the condition");
        }
        if (key.equals("nicotine_dependence")
                && spec.smokingDistribution().weights().getOrDefault(SmokingStatus.CURRENT, 0.0) <= 0) {
            return Optional.of("condition '" + asGiven + "' is diagnosed in current smokers only, but smoking_dist "
                    + "gives current no weight; give current weight in smoking_dist, or drop the condition");
        }
        return Optional.empty();
    }

    /**
     * The first requirement no patient drawn from {@code ages} can meet, if any: the checks of
     * {@link #impossibility(Requirements)}, then whether {@code age_dist} gives any weight to the ages the
     * requirements allow (from {@code min_age}, or the latest onset of a required condition, to {@code max_age}).
     */
    public static Optional<Impossibility> impossibility(Requirements requirements, Distribution<AgeBand> ages) {
        Optional<Impossibility> alone = impossibility(requirements);
        if (alone.isPresent()) {
            return alone;
        }
        int youngest = requirements.minAge().orElse(0);
        int oldest = requirements.maxAge().orElse(AgeBand.OLDEST);
        Impossibility unweighted = requirements.minAge().isPresent()
                ? new Impossibility("min_age", "is " + youngest)
                : new Impossibility("max_age", "is " + oldest);
        List<String> conditions = requirements.conditions();
        for (int i = 0; i < conditions.size(); i++) {
            int onset = ConditionCatalogue.named(conditions.get(i)).orElseThrow().minOnsetAge();
            if (onset > youngest) {
                youngest = onset;
                unweighted = new Impossibility("conditions[" + i + "]", "condition '" + conditions.get(i)
                        + "' is not diagnosed before age " + onset);
            }
        }
        if (youngest == 0 && requirements.maxAge().isEmpty() || weightBetween(ages, youngest, oldest) > 0) {
            return Optional.empty();
        }
        String fix = switch (unweighted.key()) {
            case "min_age" -> "lower min_age";
            case "max_age" -> "raise max_age";
            default -> "drop the condition";
        };
        return Optional.of(new Impossibility(unweighted.key(), unweighted.reason() + ", but age_dist gives no weight "
                + "to ages " + youngest + "-" + oldest + "; give weight in age_dist to a band within those ages, or "
                + fix));
    }

    private static double weightBetween(Distribution<AgeBand> ages, int youngest, int oldest) {
        double weight = 0;
        for (Map.Entry<AgeBand, Double> band : ages.weights().entrySet()) {
            if (band.getKey().high() >= youngest && band.getKey().low() <= oldest) {
                weight += band.getValue();
            }
        }
        return weight;
    }

    /**
     * The first requirement no patient can meet, if any, with where it sits so that a caller reading a file can
     * name the file and line ({@link #validate} names the key alone).
     */
    public static Optional<Impossibility> impossibility(Requirements requirements) {
        int min = requirements.minAge().orElse(0);
        if (min < 0) {
            return Optional.of(new Impossibility("min_age", "is " + min + "; use an age of 0 or more"));
        }
        if (min > AgeBand.OLDEST) {
            return Optional.of(new Impossibility("min_age", tooOld(min)));
        }
        Optional<Integer> max = requirements.maxAge();
        if (max.isPresent() && max.get() > AgeBand.OLDEST) {
            return Optional.of(new Impossibility("max_age", tooOld(max.get())));
        }
        if (max.isPresent() && max.get() < min) {
            return Optional.of(new Impossibility("max_age", "is " + max.get() + ", below min_age " + min
                    + "; make max_age at least min_age"));
        }
        List<String> conditions = requirements.conditions();
        for (int i = 0; i < conditions.size(); i++) {
            String text = conditions.get(i);
            String key = "conditions[" + i + "]";
            Optional<ConditionDefinition> def = ConditionCatalogue.named(text);
            if (def.isEmpty()) {
                return Optional.of(new Impossibility(key, "unknown condition '" + text + "'; use a key such as '"
                        + nearestKey(text) + "' (known: " + String.join(", ", ConditionCatalogue.KEYS)
                        + "), or its ICD-10-CM or SNOMED CT code"));
            }
            int onset = def.get().minOnsetAge();
            if (max.isPresent() && onset > max.get()) {
                return Optional.of(new Impossibility(key, "condition '" + text + "' is not diagnosed before age "
                        + onset + " but max_age is " + max.get() + "; raise max_age to at least " + onset
                        + " or drop the condition"));
            }
        }
        return Optional.empty();
    }

    private static String tooOld(int age) {
        return "is " + age + ", above " + AgeBand.OLDEST + ", the oldest age the engine generates; use an age from 0 "
                + "to " + AgeBand.OLDEST;
    }

    /**
     * A requirement no patient can meet.
     *
     * @param key where it sits under {@code requirements}: {@code min_age}, {@code max_age} or {@code conditions[i]}
     * @param reason what is wrong and the fix, without the key
     */
    public record Impossibility(String key, String reason) {
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
