package org.synthhealth.core;

import org.synthhealth.core.model.Labelled;

/**
 * Which table formats to write: the {@code output_format} key and the {@code --csv}, {@code --parquet} and
 * {@code --both} flags. {@code NONE} writes no tables, for runs that ask only for interoperability formats
 * ({@code --formats fhir,hl7}).
 */
public enum TableFormat implements Labelled {
    CSV("csv"),
    PARQUET("parquet"),
    BOTH("both"),
    NONE("none");

    private final String label;

    TableFormat(String label) {
        this.label = label;
    }

    /** The name used in YAML and on the command line. */
    @Override
    public String label() {
        return label;
    }
}
