package org.synthhealth.core.format.fhir;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The outcome of validating one resource or bundle with {@link UsCoreValidator}.
 *
 * @param issues every message, in the validator's order
 */
public record ValidationReport(List<ValidationIssue> issues) {

    /** Canonical constructor; copies the list. */
    public ValidationReport {
        issues = List.copyOf(issues);
    }

    /** The issues that make the resource non-conformant (errors outside the offline VSAC class). */
    public List<ValidationIssue> errors() {
        return issues.stream().filter(ValidationIssue::isError).toList();
    }

    /** The known offline-only VSAC binding messages for race, ethnicity and birth sex. */
    public List<ValidationIssue> offlineVsacIssues() {
        return issues.stream().filter(i -> i.category() == ValidationIssue.Category.OFFLINE_VSAC_BINDING).toList();
    }

    /** The warnings (conformance category), which do not make a resource fail. */
    public List<ValidationIssue> warnings() {
        return issues.stream().filter(i -> i.category() == ValidationIssue.Category.CONFORMANCE
                && i.severity() == ValidationIssue.Severity.WARNING).toList();
    }

    /** Whether there is no error outside the offline VSAC class. */
    public boolean isValid() {
        return errors().isEmpty();
    }

    /** The errors, one per line, for a failure message. */
    public String describeErrors() {
        return errors().stream().map(ValidationIssue::toString).collect(Collectors.joining("\n"));
    }
}
