package org.synthhealth.core.model;

/** Alcohol use. */
public enum AlcoholUse implements Labelled {
    NEVER("Never"),
    OCCASIONAL("Occasional"),
    REGULAR("Regular"),
    HEAVY("Heavy");

    private final String label;

    AlcoholUse(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
