package org.synthhealth.core.format.table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Prints column values as text the same way in every text format: ISO-8601 dates and UTC instants, decimals without
 * exponent, and the empty string for a missing value. Independent of the default locale and time zone.
 */
public final class CellText {

    private CellText() {
    }

    /**
     * The text of one value: {@code 2024-03-15}, {@code 2024-03-15T14:30:00Z}, {@code 12.50}, {@code true}, or the
     * empty string for {@code null}.
     */
    public static String of(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof LocalDate || value instanceof Instant || value instanceof Integer
                || value instanceof Boolean) {
            // These toString() forms are ISO-8601 / locale-free by specification.
            return value.toString();
        }
        throw new IllegalArgumentException("no text form for a value of " + value.getClass().getName());
    }
}
