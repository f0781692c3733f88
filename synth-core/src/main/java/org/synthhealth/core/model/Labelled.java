package org.synthhealth.core.model;

/** A closed category whose {@link #label()} is the name used in configuration files and tables. */
public interface Labelled {

    /** The category name as written in YAML and in the CSV tables, for example {@code High School}. */
    String label();
}
