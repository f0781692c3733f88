package org.synthhealth.core.model;

/** Employment status. {@code NOT_APPLICABLE} is used for young children and is never configured. */
public enum Employment implements Labelled {
    EMPLOYED("Employed"),
    UNEMPLOYED("Unemployed"),
    STUDENT("Student"),
    RETIRED("Retired"),
    DISABLED("Disabled"),
    NOT_APPLICABLE("Not applicable");

    private final String label;

    Employment(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
