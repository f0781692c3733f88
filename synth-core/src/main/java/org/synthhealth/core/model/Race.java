package org.synthhealth.core.model;

/**
 * Race as a patient reports it, with its CDC race code (system {@code urn:oid:2.16.840.1.113883.6.238}).
 *
 * <p>Hispanic origin is an ethnicity, not a race; see {@link Ethnicity}.
 */
public enum Race implements Labelled {
    WHITE("White", "2106-3", "White"),
    BLACK("Black", "2054-5", "Black or African American"),
    ASIAN("Asian", "2028-9", "Asian"),
    NATIVE_AMERICAN("Native American", "1002-5", "American Indian or Alaska Native"),
    PACIFIC_ISLANDER("Pacific Islander", "2076-8", "Native Hawaiian or Other Pacific Islander"),
    OTHER("Other", "2131-1", "Other Race");

    private final String label;
    private final String cdcCode;
    private final String cdcDisplay;

    Race(String label, String cdcCode, String cdcDisplay) {
        this.label = label;
        this.cdcCode = cdcCode;
        this.cdcDisplay = cdcDisplay;
    }

    /** The category name used in configuration files and the CSV tables, for example {@code Native American}. */
    @Override
    public String label() {
        return label;
    }

    /** The CDC race and ethnicity code, for example {@code 2106-3}. */
    public String cdcCode() {
        return cdcCode;
    }

    /** The display of the CDC code. */
    public String cdcDisplay() {
        return cdcDisplay;
    }
}
