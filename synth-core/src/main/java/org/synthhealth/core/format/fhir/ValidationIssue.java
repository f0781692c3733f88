package org.synthhealth.core.format.fhir;

/**
 * One message of a validation run.
 *
 * @param severity how bad it is
 * @param category whether it counts against conformance or is the known offline-only VSAC binding class
 * @param location the FHIRPath of the element the message is about, for example {@code Patient.extension[0]}
 * @param message the validator's text
 */
public record ValidationIssue(Severity severity, Category category, String location, String message) {

    /** How bad an issue is, as FHIR's {@code OperationOutcome.issue.severity}. */
    public enum Severity {
        /** The resource could not be processed at all. */
        FATAL,
        /** The resource does not conform. */
        ERROR,
        /** Possibly a problem; not a conformance failure. */
        WARNING,
        /** For information only. */
        INFORMATION
    }

    /** Which class an issue belongs to. */
    public enum Category {
        /** An ordinary message: an error here means the resource does not conform. */
        CONFORMANCE,
        /**
         * A race, ethnicity or birth-sex binding to a VSAC value set that cannot be expanded offline. The codes
         * concerned were checked against the CDC Race and Ethnicity code system instead; a code that fails that
         * check is reported as a separate {@link #CONFORMANCE} error.
         */
        OFFLINE_VSAC_BINDING
    }

    /** Whether this issue makes the resource non-conformant: an error or fatal issue outside the VSAC class. */
    public boolean isError() {
        return category == Category.CONFORMANCE && (severity == Severity.ERROR || severity == Severity.FATAL);
    }

    @Override
    public String toString() {
        return severity + " " + category + " @ " + location + ": " + message;
    }
}
