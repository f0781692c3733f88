package org.synthhealth.core.migration.internal.transform;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.synthhealth.core.InvalidInputException;
import org.synthhealth.core.format.vista.FileManDate;

/**
 * Turns FileMan internal dates into standard dates and times (UTC), through the VistA format's
 * {@link FileManDate}. An imprecise date (month or day unknown) takes the first day of its period, as Millennium
 * requires a full date; a value that is not a FileMan date raises {@link TransformFailure}.
 */
final class SourceDates {

    private SourceDates() {
    }

    static LocalDate date(String value, String where) {
        FileManDate parsed = parse(value, where);
        return LocalDate.of(parsed.year(), Math.max(1, parsed.month()), Math.max(1, parsed.day()));
    }

    static LocalDateTime dateTime(String value, String where) {
        FileManDate parsed = parse(value, where);
        return parsed.dateTime().orElseGet(() -> date(value, where).atStartOfDay());
    }

    private static FileManDate parse(String value, String where) {
        try {
            return FileManDate.parse(value);
        } catch (InvalidInputException | IllegalArgumentException e) {
            throw new TransformFailure(TransformFailure.Step.PARSE, "invalid FileMan date '" + value + "' in "
                    + where);
        }
    }
}
