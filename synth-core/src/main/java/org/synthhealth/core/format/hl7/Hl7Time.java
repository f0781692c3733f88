package org.synthhealth.core.format.hl7;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Formats dates and instants the way HL7 v2.5.1 DTM/DT values are written, independent of the default zone. */
final class Hl7Time {

    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmssZ", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);

    private Hl7Time() {
    }

    /** An instant to the second in UTC with its offset, for example {@code 20240315143000+0000}. */
    static String instant(Instant instant) {
        return INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** A calendar date, for example {@code 19780704}; dates carry no offset because they name a day, not a moment. */
    static String date(LocalDate date) {
        return DATE.format(date);
    }
}
