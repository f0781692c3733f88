package org.synthhealth.core.format.fhir.internal;

import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import java.util.Locale;
import org.synthhealth.core.format.fhir.ValidationIssue;
import org.synthhealth.core.format.fhir.ValidationIssue.Category;
import org.synthhealth.core.format.fhir.ValidationIssue.Severity;

/**
 * Recognises the one known class of offline-only messages: US Core 6.1.0's race, ethnicity and birth-sex bindings,
 * whose value sets are built from VSAC value sets that no offline validator can expand.
 */
public final class OfflineVsacClass {

    private static final List<String> VALUE_SETS = List.of(
            "http://hl7.org/fhir/us/core/ValueSet/omb-race-category",
            "http://hl7.org/fhir/us/core/ValueSet/omb-ethnicity-category",
            "http://hl7.org/fhir/us/core/ValueSet/detailed-race",
            "http://hl7.org/fhir/us/core/ValueSet/detailed-ethnicity",
            "http://hl7.org/fhir/us/core/ValueSet/birthsex",
            "http://cts.nlm.nih.gov/fhir/ValueSet/2.16.840.1.114222.4.11.836",
            "http://cts.nlm.nih.gov/fhir/ValueSet/2.16.840.1.114222.4.11.837",
            "http://cts.nlm.nih.gov/fhir/ValueSet/2.16.840.1.114222.4.11.877",
            "http://cts.nlm.nih.gov/fhir/ValueSet/2.16.840.1.113883.1.11.14914",
            "http://cts.nlm.nih.gov/fhir/ValueSet/2.16.840.1.113762.1.4.1021.102",
            "http://cts.nlm.nih.gov/fhir/ValueSet/2.16.840.1.113762.1.4.1021.103",
            "http://cts.nlm.nih.gov/fhir/ValueSet/2.16.840.1.113762.1.4.1");

    // HAPI follows each failed binding with this summary of the same coding.
    private static final String FAILED_CDC_CODE = "Validation failed (for '" + CdcRaceEthnicityCheck.SYSTEM + "#";

    private OfflineVsacClass() {
    }

    /** The issue of one HAPI message, in the VSAC class when it is a race, ethnicity or birth-sex binding. */
    public static ValidationIssue classify(SingleValidationMessage message) {
        Severity severity = Severity.valueOf(message.getSeverity().name().toUpperCase(Locale.ROOT));
        String text = message.getMessage();
        String location = message.getLocationString() == null ? "" : message.getLocationString();
        boolean vsac = location.contains("Patient") && location.contains(".extension")
                && (VALUE_SETS.stream().anyMatch(text::contains) || text.startsWith(FAILED_CDC_CODE));
        return new ValidationIssue(severity, vsac ? Category.OFFLINE_VSAC_BINDING : Category.CONFORMANCE, location,
                text);
    }
}
