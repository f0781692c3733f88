package org.synthhealth.core.migration.internal.fault;

import org.synthhealth.core.model.Ids;

/**
 * Deterministic dice: every roll is a pure function of the cohort seed, the patient, the purpose and the attempt, so
 * a fault strikes the same patient whatever the strategy, batch order or thread.
 */
public final class Dice {

    private final long seed;

    public Dice(long seed) {
        this.seed = Ids.mix(seed ^ 0x5DEECE66DL);
    }

    /** A number in [0, 1) for this patient, purpose and attempt. */
    public double roll(long dfn, String purpose, int attempt) {
        long h = seed;
        h = Ids.mix(h ^ dfn);
        h = Ids.mix(h ^ hash(purpose));
        h = Ids.mix(h ^ (attempt * 0x9E3779B97F4A7C15L));
        return (h >>> 11) * 0x1.0p-53;
    }

    /** Whether an event of probability {@code rate} happens for this patient, purpose and attempt. */
    public boolean strikes(double rate, long dfn, String purpose, int attempt) {
        return rate > 0 && roll(dfn, purpose, attempt) < rate;
    }

    /** A whole number in [0, bound) for this patient, purpose and attempt. */
    public int pick(int bound, long dfn, String purpose, int attempt) {
        return (int) Math.min(bound - 1L, (long) (roll(dfn, purpose, attempt) * bound));
    }

    private static long hash(String text) {
        long h = 1125899906842597L;
        for (int i = 0; i < text.length(); i++) {
            h = 31 * h + text.charAt(i);
        }
        return h;
    }
}
