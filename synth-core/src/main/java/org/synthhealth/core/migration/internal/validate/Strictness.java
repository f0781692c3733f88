package org.synthhealth.core.migration.internal.validate;

import java.util.Locale;

/**
 * How much validation enforces. {@code low}: required fields and intact references. {@code medium}: also code
 * formats, identifier formats, positive quantities and dates in order. {@code high}: also plausible names and no
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
