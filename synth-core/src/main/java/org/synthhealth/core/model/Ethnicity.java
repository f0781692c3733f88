package org.synthhealth.core.model;

/** Hispanic or Latino origin, with its CDC code and its HL7 table 0189 letter. */
public enum Ethnicity implements Labelled {
    HISPANIC("Hispanic or Latino", "2135-2", "H"),
    NOT_HISPANIC("Not Hispanic or Latino", "2186-5", "N");

    private final String label;
    private final String cdcCode;
    private final String hl7Code;

    Ethnicity(String label, String cdcCode, String hl7Code) {
        this.label = label;
        this.cdcCode = cdcCode;
        this.hl7Code = hl7Code;
    }

    @Override
    public String label() {
        return label;
    }

    public String cdcCode() {
        return cdcCode;
    }

    /** The HL7 v2 table 0189 code used in PID-22. */
    public String hl7Code() {
        return hl7Code;
    }
}
