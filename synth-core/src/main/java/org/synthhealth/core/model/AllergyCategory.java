package org.synthhealth.core.model;

/** The FHIR AllergyIntolerance category of a substance. */
public enum AllergyCategory {
    FOOD, MEDICATION, ENVIRONMENT;

    /** The lower-case FHIR code. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
