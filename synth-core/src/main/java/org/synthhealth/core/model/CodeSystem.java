package org.synthhealth.core.model;

/** The code systems the engine codes with, each with its canonical FHIR URI and its HL7 v2 coding-system name. */
public enum CodeSystem {
    ICD10CM("http://hl7.org/fhir/sid/icd-10-cm", "I10"),
    SNOMED("http://snomed.info/sct", "SCT"),
    RXNORM("http://www.nlm.nih.gov/research/umls/rxnorm", "RXNORM"),
    NDC("http://hl7.org/fhir/sid/ndc", "NDC"),
    CVX("http://hl7.org/fhir/sid/cvx", "CVX"),
    LOINC("http://loinc.org", "LN"),
    UCUM("http://unitsofmeasure.org", "UCUM");

    private final String uri;
    private final String hl7Name;

    CodeSystem(String uri, String hl7Name) {
        this.uri = uri;
        this.hl7Name = hl7Name;
    }

    /** The canonical URI, as used in FHIR {@code Coding.system}. */
    public String uri() {
        return uri;
    }

    /** The HL7 v2 table 0396 name, as used in the third component of a CE/CWE field. */
    public String hl7Name() {
        return hl7Name;
    }
}
