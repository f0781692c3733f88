package org.synthhealth.core;

import org.synthhealth.core.model.Labelled;

/** The interoperability formats, written beside the tables when asked for. */
public enum InteropFormat implements Labelled {
    FHIR("fhir"),
    HL7("hl7"),
    VISTA("vista");

    private final String label;

    InteropFormat(String label) {
        this.label = label;
    }

    /** The name used in YAML and on the command line. */
    @Override
    public String label() {
        return label;
    }
}
