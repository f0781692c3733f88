package org.synthhealth.core.model;

/** Highest level of education completed; children are recorded with the level they are in or have reached. */
public enum Education implements Labelled {
    NONE("None"),
    PRIMARY("Primary"),
    SECONDARY("Secondary"),
    HIGH_SCHOOL("High School"),
    ASSOCIATE("Associate"),
    BACHELOR("Bachelor"),
    MASTER("Master"),
    DOCTORATE("Doctorate");

    private final String label;

    Education(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
