package org.synthhealth.core.config;

import java.util.List;
import java.util.Optional;

/** The condition keys {@code condition_prevalence} may name: exactly the engine's catalogue, sorted. */
final class ConditionCatalogue {

    private static final List<String> KEYS = org.synthhealth.core.generate.codes.ConditionCatalogue.KEYS.stream()
            .sorted()
            .toList();

    private ConditionCatalogue() {
    }

    /** Whether a targeted-cohort requirement names a known condition, by key, code or name, ignoring case. */
    static boolean names(String text) {
        return org.synthhealth.core.generate.codes.ConditionCatalogue.named(text).isPresent();
    }

    /**
     * What is wrong with a {@code condition_prevalence} key, with the nearest known key as the fix; empty when the
     * engine knows the condition. Keys are engine keys in lower case ({@code heart_disease}).
     */
    static Optional<String> prevalenceProblem(String key) {
        if (KEYS.contains(key)) {
            return Optional.empty();
        }
        return Optional.of("unknown condition; " + KeyNames.suggestion(key, KEYS).replace("known keys here",
                "known conditions"));
    }

    /** The known keys, sorted. */
    static List<String> keys() {
        return KEYS;
    }
}
