package org.synthhealth.core.config;

import java.util.List;

/** The condition keys {@code condition_prevalence} may name: exactly the engine's catalogue, sorted. */
final class ConditionCatalogue {

    private static final List<String> KEYS = org.synthhealth.core.generate.codes.ConditionCatalogue.KEYS.stream()
            .sorted()
            .toList();

    private ConditionCatalogue() {
    }

    /** The known keys, sorted. */
    static List<String> keys() {
        return KEYS;
    }
}
