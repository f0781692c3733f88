package org.synthhealth.core.model;

/**
 * Marital status with its HL7 v3 MaritalStatus code (used by FHIR and HL7 v2 PID-16) and its VistA MARITAL STATUS
 * file (#11) entry number.
 */
public enum MaritalStatus {
    NEVER_MARRIED("S", "Never Married", 6),
    MARRIED("M", "Married", 2),
    DIVORCED("D", "Divorced", 1),
    WIDOWED("W", "Widowed", 4),
    SEPARATED("L", "Legally Separated", 5);

    private final String code;
    private final String display;
    private final int vistaIen;

    MaritalStatus(String code, String display, int vistaIen) {
        this.code = code;
        this.display = display;
        this.vistaIen = vistaIen;
    }

    public String code() {
        return code;
    }

    public String display() {
        return display;
    }

    /** The internal entry number of this status in VistA's MARITAL STATUS file (#11). */
    public int vistaIen() {
        return vistaIen;
    }
}
