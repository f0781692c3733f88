package org.synthhealth.core.model;

/** Whether a condition is still present. */
public enum ClinicalStatus {
    ACTIVE("active"),
    RESOLVED("resolved");

    private final String code;

    ClinicalStatus(String code) {
        this.code = code;
    }

    /** The code in {@code http://terminology.hl7.org/CodeSystem/condition-clinical}. */
    public String code() {
        return code;
    }
}
