package org.synthhealth.core.format.parquet;

import org.apache.avro.util.Utf8;

/**
 * The UTF-8 form of one text column's values, kept for values the column repeats (codes, code systems, displays,
 * units), so Parquet stores their bytes without encoding the same string again on every row.
 *
 * <p>A small direct-mapped table keyed by the string itself. Columns of unique values (ids) hit it rarely; after a
 * trial it turns itself off for them, so they pay nothing beyond the plain encoding.
 */
final class TextCache {

    private static final int SLOTS = 512;
    private static final int TRIAL = 8192;

    private final String[] keys = new String[SLOTS];
    private final Utf8[] values = new Utf8[SLOTS];
    private int lookups;
    private int hits;
    private boolean enabled = true;

    /** What Avro should store for {@code text}: a cached {@link Utf8} when the column repeats, else the text. */
    Object stored(String text) {
        if (!enabled) {
            return text;
        }
        if (++lookups == TRIAL) {
            enabled = hits * 2 >= TRIAL;
        }
        int slot = text.hashCode() & (SLOTS - 1);
        String key = keys[slot];
        if (key != null && (key == text || key.equals(text))) {
            hits++;
            return values[slot];
        }
        Utf8 utf8 = new Utf8(text);
        keys[slot] = text;
        values[slot] = utf8;
        return utf8;
    }
}
