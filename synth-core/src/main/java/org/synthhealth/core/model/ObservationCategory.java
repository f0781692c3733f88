package org.synthhealth.core.model;

/** Whether an observation is a vital sign or a laboratory result. */
public enum ObservationCategory {
    VITAL_SIGNS("vital-signs"),
    LABORATORY("laboratory");

    private final String code;

    ObservationCategory(String code) {
        this.code = code;
    }

    /** The code in {@code http://terminology.hl7.org/CodeSystem/observation-category}. */
    public String code() {
        return code;
    }
}
