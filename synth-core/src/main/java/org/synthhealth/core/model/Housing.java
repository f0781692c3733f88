package org.synthhealth.core.model;

/** Housing situation. */
public enum Housing implements Labelled {
    STABLE("Stable"),
    HOMELESS("Homeless"),
    TEMPORARY("Temporary"),
    ASSISTED_LIVING("Assisted Living");

    private final String label;

    Housing(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
