package org.synthhealth.core.format.fhir.internal;

/** The LOINC codes of the vital signs that have a profile of their own. */
public final class VitalCodes {

    /** Blood pressure panel. */
    public static final String BP_PANEL = "85354-9";
    /** Systolic blood pressure (a component of the panel). */
    public static final String SYSTOLIC = "8480-6";
    /** Diastolic blood pressure (a component of the panel). */
    public static final String DIASTOLIC = "8462-4";
    /** Body height. */
    public static final String HEIGHT = "8302-2";
    /** Body weight. */
    public static final String WEIGHT = "29463-7";
    /** Body mass index. */
    public static final String BMI = "39156-5";
    /** Heart rate. */
    public static final String HEART_RATE = "8867-4";
    /** Respiratory rate. */
    public static final String RESP_RATE = "9279-1";
    /** Body temperature. */
    public static final String TEMPERATURE = "8310-5";
    /** Oxygen saturation in arterial blood by pulse oximetry. */
    public static final String PULSE_OX = "59408-5";
    /** Oxygen saturation in arterial blood. */
    public static final String OXYGEN_SATURATION = "2708-6";

    private VitalCodes() {
    }
}
