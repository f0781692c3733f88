package org.synthhealth.core.migration.internal.validate;

import java.util.Locale;

/**
 * How much validation enforces. {@code low}: required fields, column lengths, unique keys and intact references.
 * {@code medium}: also code formats, identifier formats, positive doses and dates in order (within the life span,
 * discharge after admission, stop after start). {@code high}: also plausible names (two letters or more) and no
 * duplicate orders of one drug on one day.
 */
public enum Strictness {
    LOW, MEDIUM, HIGH;

    /** The strictness named in {@code data_quality.validation_strictness}. */
    public static Strictness named(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }

    /** Whether rules of {@code level} are enforced at this strictness. */
    public boolean enforces(Strictness level) {
        return ordinal() >= level.ordinal();
    }
}
