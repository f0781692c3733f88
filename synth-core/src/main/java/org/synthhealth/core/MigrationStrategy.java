package org.synthhealth.core;

import org.synthhealth.core.model.Labelled;

/** How the migration moves patients: in batches one after another, all at once, or by parallel workers. */
public enum MigrationStrategy implements Labelled {
    STAGED("staged"),
    BIG_BANG("big_bang"),
    PARALLEL("parallel");

    private final String label;

    MigrationStrategy(String label) {
        this.label = label;
    }

    /** The name used in YAML and on the command line. */
    @Override
    public String label() {
        return label;
    }
}
