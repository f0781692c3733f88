package org.synthhealth.core.format.csv;

import java.io.IOException;
import org.apache.commons.csv.CSVFormat;
import org.synthhealth.core.format.table.internal.RepeatedText;

/**
 * What the dialect printed for the text values one column repeats (codes, code systems, displays, units), so a
 * repeated value is appended as printed before rather than scanned for quoting again on every row.
 *
 * <p>What the dialect prints for a value depends on whether the cell starts its record (no delimiter before it, and an
 * empty first cell is quoted), so one of these serves one place in the record: a column. Columns of values that
 * seldom repeat (names, addresses) are printed as before.
 */
final class PrintedTexts {

    private final RepeatedText<String> printed = new RepeatedText<>(256);
    private final boolean startsRecord;

    /** For the cells of a column that is first in its record ({@code startsRecord}) or follows another. */
    PrintedTexts(boolean startsRecord) {
        this.startsRecord = startsRecord;
    }

    /** Appends the cell of {@code value} to {@code out} exactly as {@code dialect} prints it at this place. */
    void print(CSVFormat dialect, String value, StringBuilder out) throws IOException {
        String known = printed.formOf(value);
        if (known != null) {
            out.append(known);
            return;
        }
        int start = out.length();
        dialect.print(value, out, startsRecord);
        if (printed.remembers()) {
            printed.remember(value, out.substring(start));
        }
    }
}
