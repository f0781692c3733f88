package org.synthhealth.core.model;

/**
 * The kind of visit, with the codes each format needs: the FHIR v3 ActCode class, the HL7 v2 patient class (PV1-2,
 * table 0004), the VistA service category (VISIT file piece 7) and a SNOMED CT encounter type.
 */
public enum EncounterClass {
    WELLNESS("AMB", "O", "A", "162673000", "General examination of patient (procedure)", "Wellness visit"),
    AMBULATORY("AMB", "O", "A", "185349003", "Encounter for check up (procedure)", "Outpatient visit"),
    URGENT_CARE("AMB", "O", "A", "702927004", "Urgent care clinical encounter (procedure)", "Urgent care visit"),
    EMERGENCY("EMER", "E", "A", "50849002", "Emergency room admission (procedure)", "Emergency visit"),
    INPATIENT("IMP", "I", "H", "32485007", "Hospital admission (procedure)", "Inpatient admission");

    private final String fhirClass;
    private final String hl7PatientClass;
    private final String vistaServiceCategory;
    private final String snomedCode;
    private final String snomedDisplay;
    private final String label;

    EncounterClass(String fhirClass, String hl7PatientClass, String vistaServiceCategory, String snomedCode,
            String snomedDisplay, String label) {
        this.fhirClass = fhirClass;
        this.hl7PatientClass = hl7PatientClass;
        this.vistaServiceCategory = vistaServiceCategory;
        this.snomedCode = snomedCode;
        this.snomedDisplay = snomedDisplay;
        this.label = label;
    }

    /** The code in {@code http://terminology.hl7.org/CodeSystem/v3-ActCode}: AMB, EMER or IMP. */
    public String fhirClass() {
        return fhirClass;
    }

    /** The HL7 v2 patient class for PV1-2 (table 0004). */
    public String hl7PatientClass() {
        return hl7PatientClass;
    }

    /** The VistA VISIT file (#9000010) service category: A ambulatory, H hospitalization. */
    public String vistaServiceCategory() {
        return vistaServiceCategory;
    }

    /** The encounter type as a SNOMED CT code. */
    public Code type() {
        return Code.of(CodeSystem.SNOMED, snomedCode, snomedDisplay);
    }

    /** A short human-readable name, as written in the CSV tables. */
    public String label() {
        return label;
    }
}
