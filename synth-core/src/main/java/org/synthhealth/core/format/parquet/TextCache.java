package org.synthhealth.core.format.parquet;

import org.apache.avro.util.Utf8;
import org.synthhealth.core.format.table.internal.RepeatedText;

/**
 * The UTF-8 form of one text column's values, kept for values the column repeats (codes, code systems, displays,
 * units), so Parquet stores their bytes without encoding the same string again on every row. Columns of unique
 * values (ids) get the text itself, which parquet-avro encodes as it writes.
 */
final class TextCache {

    private final RepeatedText<Utf8> encoded = new RepeatedText<>(512);

    /** What Avro should store for {@code text}: a cached {@link Utf8} when the column repeats, else the text. */
    Object stored(String text) {
        Utf8 known = encoded.formOf(text);
        if (known != null) {
            return known;
        }
        if (!encoded.remembers()) {
            return text;
        }
        Utf8 utf8 = new Utf8(text);
        encoded.remember(text, utf8);
        return utf8;
    }
}
