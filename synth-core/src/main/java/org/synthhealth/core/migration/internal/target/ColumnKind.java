package org.synthhealth.core.migration.internal.target;

/** What a target column holds, which decides how validation, corruption and reconciliation treat it. */
public enum ColumnKind {
    /** The row's own key. */
    ID,
    /** A pointer to the PERSON row. */
    PERSON_REF,
    /** A pointer to an ENCOUNTER row of the same person. */
    ENCOUNTER_REF,
    /** A person's name part. */
    NAME,
    /** An identifier value (MRN, SSN). */
    IDENTIFIER,
    /** A coded value. */
    CODE,
    /** A calendar date. */
    DATE,
    /** A date and time, UTC. */
    TIMESTAMP,
    /** A whole number. */
    NUMBER,
    /** Free text. */
    TEXT
}
