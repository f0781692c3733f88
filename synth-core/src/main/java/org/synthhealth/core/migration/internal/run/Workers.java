package org.synthhealth.core.migration.internal.run;

/**
 * Simulated workers in virtual time: each batch goes to the worker that is free first (the lowest number on a tie),
 * so the schedule depends on simulated durations only, never on real threads.
 */
final class Workers {

    private final long[] freeAt;

    Workers(int count) {
        this.freeAt = new long[Math.max(1, count)];
    }

    /** The worker (from 0) that takes the next batch. */
    int next() {
        int best = 0;
        for (int i = 1; i < freeAt.length; i++) {
            if (freeAt[i] < freeAt[best]) {
                best = i;
            }
        }
        return best;
    }

    long freeAt(int worker) {
        return freeAt[worker];
    }

    void busyUntil(int worker, long millis) {
        freeAt[worker] = millis;
    }

    /** When the last worker finishes. */
    long makespan() {
        long max = 0;
        for (long t : freeAt) {
            max = Math.max(max, t);
        }
        return max;
    }
}
