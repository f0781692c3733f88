package org.synthhealth.junit.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The cohorts one test used, with their seeds, kept in the test's extension store so that a failure can say how to
 * reproduce them.
 */
public final class SeedReport {

    /** One injected cohort: where it went, its seed and where that came from, and the annotation to paste. */
    public record Entry(String target, Seeds.Resolved seed, String annotation) {

        /** The line printed in the failure and published as a report entry. */
        public String describe() {
            return target + " used seed " + seed.seed() + " (" + seed.source().text() + "); reproduce with "
                    + annotation;
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    /** Records a cohort, once per target and seed. */
    public synchronized void add(Entry entry) {
        if (!entries.contains(entry)) {
            entries.add(entry);
        }
    }

    /** Every recorded cohort, in the order they were injected. */
    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    /**
     * The note added to a failing test's exception as a suppressed exception, so that the seed shows in the failure
     * output of every IDE and build tool. It carries no stack trace of its own.
     */
    public static final class Note extends RuntimeException {

        private static final long serialVersionUID = 1L;

        /** A note with the given text. */
        public Note(String message) {
            super(message, null, false, false);
        }

        @Override
        public String toString() {
            return "Synthetic patients: " + getMessage();
        }
    }
}
