package org.synthhealth.core;

import org.synthhealth.core.model.Labelled;

/** How much happens in a record: how many conditions, visits and results a patient accumulates. */
public enum ClinicalComplexity implements Labelled {
    LOW("low"),
    MEDIUM("medium"),
    HIGH("high");

    private final String label;

    ClinicalComplexity(String label) {
        this.label = label;
    }

    /** The name used in YAML and on the command line. */
    @Override
    public String label() {
        return label;
    }
}
