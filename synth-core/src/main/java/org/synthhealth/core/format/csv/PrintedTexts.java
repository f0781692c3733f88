package org.synthhealth.core.format.csv;

import java.io.IOException;
import org.apache.commons.csv.CSVFormat;

/**
 * What the dialect printed for the text values one column repeats (codes, code systems, displays, units), so a
 * repeated value is appended as printed before rather than scanned for quoting again on every row.
 *
 * <p>A small direct-mapped table keyed by the value. A column always sits at the same place in its record, so what
 * the dialect prints for a value there, delimiter included, never changes. Columns of unique values (names,
 * addresses) hit it rarely; after a trial it turns itself off for them and they are printed as before.
 */
final class PrintedTexts {

    private static final int SLOTS = 256;
    private static final int TRIAL = 4096;

    private final String[] values = new String[SLOTS];
    private final String[] printed = new String[SLOTS];
    private int lookups;
    private int hits;
    private boolean enabled = true;

    /** Appends the cell of {@code value} to {@code out} exactly as {@code dialect} prints it. */
    void print(CSVFormat dialect, String value, StringBuilder out, boolean newRecord) throws IOException {
        if (!enabled) {
            dialect.print(value, out, newRecord);
            return;
        }
        if (++lookups == TRIAL) {
            enabled = hits * 2 >= TRIAL;
        }
        int slot = value.hashCode() & (SLOTS - 1);
        String known = values[slot];
        if (known != null && (known == value || known.equals(value))) {
            hits++;
            out.append(printed[slot]);
            return;
        }
        int start = out.length();
        dialect.print(value, out, newRecord);
        values[slot] = value;
        printed[slot] = out.substring(start);
    }
}
