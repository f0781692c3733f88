package org.synthhealth.core.config;

import java.util.List;

/**
 * The condition keys {@code condition_prevalence} may name. One place, so that the check follows the engine's own
 * catalogue.
 */
final class ConditionCatalogue {

    // TODO the engine is growing its own public list of condition keys; read it from there once it exists so this
    //  list cannot drift from the conditions actually generated.
    private static final List<String> KEYS = List.of(
            "asthma", "atrial_fibrillation", "chronic_kidney_disease", "copd", "depression", "diabetes",
            "heart_disease", "hyperlipidemia", "hypertension", "obesity", "osteoarthritis");

    private ConditionCatalogue() {
    }

    /** The known keys, sorted. */
    static List<String> keys() {
        return KEYS;
    }
}
