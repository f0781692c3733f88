package org.synthhealth.core.config;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.generate.clinical.Prevalence;
import org.synthhealth.core.generate.codes.ConditionCatalogue;
import org.synthhealth.core.generate.codes.ConditionDefinition;

/**
 * Refuses a {@code condition_prevalence} override the cohort cannot deliver: more adults with COPD than there are
 * adults of 40 or over, more with nicotine dependence than there are current smokers. Checked once the age and smoking
 * distributions are known, so the order of the keys in a file does not matter.
 */
final class PrevalenceCeilings {

    private PrevalenceCeilings() {
    }

    /**
     * What is wrong with overriding {@code key} with {@code value} in a cohort of {@code spec}'s ages and smokers;
     * empty when it can be met, or when {@code value} is null. The spec's own overrides play no part, so the YAML
     * reader can ask before it sets them.
     */
    static Optional<String> problem(CohortSpec spec, String key, Double value) {
        Optional<ConditionDefinition> def = ConditionCatalogue.byKey(key);
        if (value == null || def.isEmpty()) {
            return Optional.empty();
        }
        double ceiling = Prevalence.ceiling(spec, def.get());
        String why = Prevalence.ceilingReason(spec, def.get()).orElse("the cohort has too few adults for it");
        if (!Prevalence.hasAdults(spec) && value > 0 && !def.get().chronic()) {
            // An acute override is a yearly rate with no ceiling of its own, but it still needs adults.
            return Optional.of("is " + value + ", but " + why + "; give age_dist some weight at 18 and over, or "
                    + "remove the override");
        }
        if (!def.get().chronic() || value <= ceiling + 1e-9) {
            return Optional.empty();
        }
        String most = String.format(Locale.ROOT, "%.2f", Math.floor(ceiling * 100) / 100);
        String fix = !Prevalence.hasAdults(spec) ? "give age_dist some weight at 18 and over, or remove the override"
                : key.equals("nicotine_dependence") ? "give at most " + most + ", or raise smoking_dist.current"
                : ceiling < 0.01 ? "remove the override, or give age_dist weight at " + def.get().minOnsetAge()
                        + " and over"
                : "give at most " + most + ", or give age_dist more weight at " + def.get().minOnsetAge() + " and over";
        return Optional.of("is " + value + ", more than the cohort can have: " + why + "; " + fix);
    }

    /** The first override in {@code spec} that cannot be met, as its key and the problem. */
    static Optional<Map.Entry<String, String>> first(CohortSpec spec) {
        for (String key : spec.conditionPrevalence().keySet().stream().sorted().toList()) {
            Optional<String> problem = problem(spec, key, spec.conditionPrevalence().get(key));
            if (problem.isPresent()) {
                return Optional.of(Map.entry(key, problem.get()));
            }
        }
        return Optional.empty();
    }
}
