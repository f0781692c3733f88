package org.synthhealth.core.format.csv;

import java.io.IOException;
import org.apache.commons.csv.CSVFormat;
import org.synthhealth.core.format.table.RepeatedText;

/**
 * What the dialect printed for the text values one column repeats (codes, code systems, displays, units), so a
 * repeated value is appended as printed before rather than scanned for quoting again on every row.
 *
 * <p>A column always sits at the same place in its record, so what the dialect prints for a value there, delimiter
 * included, never changes. Columns of values that seldom repeat (names, addresses) are printed as before.
 */
final class PrintedTexts {

    private final RepeatedText<String> printed = new RepeatedText<>(256);

    /** Appends the cell of {@code value} to {@code out} exactly as {@code dialect} prints it. */
    void print(CSVFormat dialect, String value, StringBuilder out, boolean newRecord) throws IOException {
        String known = printed.formOf(value);
        if (known != null) {
            out.append(known);
            return;
        }
        int start = out.length();
        dialect.print(value, out, newRecord);
        if (printed.remembers()) {
            printed.remember(value, out.substring(start));
        }
    }
}
