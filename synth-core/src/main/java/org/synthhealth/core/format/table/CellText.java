package org.synthhealth.core.format.table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Prints column values as text the same way in every text format: ISO-8601 dates and UTC instants, decimals without
 * exponent, and the empty string for a missing value. Independent of the default locale and time zone.
 */
public final class CellText {

    private static final long SECONDS_PER_DAY = 86_400;

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
        if (value instanceof Instant instant) {
            return instant(instant);
        }
        if (value instanceof LocalDate || value instanceof Integer || value instanceof Boolean) {
            // These toString() forms are ISO-8601 / locale-free by specification.
            return value.toString();
        }
        throw new IllegalArgumentException("no text form for a value of " + value.getClass().getName());
    }

    /**
     * The same text as {@link Instant#toString()} for whole seconds in years 0 to 9999, built without the
     * {@code DateTimeFormatter} machinery, which was a tenth of the CSV writer's time.
     */
    private static String instant(Instant instant) {
        long seconds = instant.getEpochSecond();
        LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(seconds, SECONDS_PER_DAY));
        if (instant.getNano() != 0 || day.getYear() < 0 || day.getYear() > 9999) {
            return instant.toString();
        }
        int secondOfDay = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
        StringBuilder text = new StringBuilder(20).append(day).append('T');
        twoDigits(text, secondOfDay / 3600).append(':');
        twoDigits(text, secondOfDay / 60 % 60).append(':');
        return twoDigits(text, secondOfDay % 60).append('Z').toString();
    }

    private static StringBuilder twoDigits(StringBuilder text, int value) {
        return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
