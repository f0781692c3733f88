package org.synthhealth.core.model;

/** Administrative sex as recorded at registration; the code letters follow HL7 table 0001 and FileMan. */
public enum Sex implements Labelled {
    MALE("M", "male"),
    FEMALE("F", "female");

    private final String code;
    private final String label;

    Sex(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The one-letter code used by HL7 v2 (PID-8), FileMan (.02 SEX) and the CSV tables. */
    public String code() {
        return code;
    }

    /** The lower-case word used in configuration files and FHIR ({@code male}, {@code female}). */
    @Override
    public String label() {
        return label;
    }
}
