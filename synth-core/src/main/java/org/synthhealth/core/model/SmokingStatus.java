package org.synthhealth.core.model;

/** Tobacco smoking status. */
public enum SmokingStatus implements Labelled {
    NEVER("Never"),
    FORMER("Former"),
    CURRENT("Current");

    private final String label;

    SmokingStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
