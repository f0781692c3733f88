package org.synthhealth.core.format.hl7;

import java.util.Locale;

/** HL7 table 0128 allergy severities used in AL1-4. */
enum AllergySeverity {
    SEVERE("SV", "Severe"),
    MODERATE("MO", "Moderate"),
    MILD("MI", "Mild"),
    UNKNOWN("U", "Unknown");

    private final String code;
    private final String display;

    AllergySeverity(String code, String display) {
        this.code = code;
        this.display = display;
    }

    /** The severity for the model's word ({@code mild}, {@code moderate}, {@code severe}); anything else is unknown. */
    static AllergySeverity of(String severity) {
        return switch (severity.toLowerCase(Locale.ROOT)) {
            case "severe" -> SEVERE;
            case "moderate" -> MODERATE;
            case "mild" -> MILD;
            default -> UNKNOWN;
        };
    }

    String code() {
        return code;
    }

    String display() {
        return display;
    }
}
