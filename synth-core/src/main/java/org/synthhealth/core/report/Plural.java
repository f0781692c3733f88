package org.synthhealth.core.report;

import java.util.Locale;

/** Counts with their noun for messages a user reads: "1 patient", "2 patients", "0 patients". */
public final class Plural {

    private Plural() {
    }

    /**
     * {@code count} followed by {@code noun}, with an {@code s} added unless {@code count} is one; for nouns whose
     * plural is the noun and an {@code s} (patient, file, row).
     */
    public static String count(long count, String noun) {
        return String.format(Locale.ROOT, "%d %s%s", count, noun, count == 1 ? "" : "s");
    }
}
