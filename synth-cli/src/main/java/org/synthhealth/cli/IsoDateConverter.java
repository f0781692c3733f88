package org.synthhealth.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** Reads {@code --reference-date}, refusing anything that is not a real calendar date in ISO form in one line. */
final class IsoDateConverter implements CommandLine.ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("\"" + value
                    + "\" is not a date; write it as YYYY-MM-DD, for example 2026-01-01");
        }
    }
}
