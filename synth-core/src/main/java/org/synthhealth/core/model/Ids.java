package org.synthhealth.core.model;

import java.util.UUID;

/**
 * Derives every id in a cohort from the seed, so the same seed gives the same ids in every format and every run.
 *
 * <p>An id is a UUID-shaped string (version 8, "custom") whose bits are a mix of the seed, the patient index, the kind
 * of row and the row's ordinal within the patient. It is stable across versions as long as those inputs are.
 */
public final class Ids {

    private Ids() {
    }

    /** The id of the patient at {@code index} in the cohort generated with {@code seed}. */
    public static String patient(long seed, long index) {
        return of(seed, index, "patient", 0);
    }

    /**
     * The id of the {@code ordinal}-th row of kind {@code kind} (for example {@code "encounter"}) for the patient at
     * {@code index}.
     */
    public static String of(long seed, long index, String kind, int ordinal) {
        return of(patientBits(seed, index), kindBits(kind), ordinal);
    }

    /**
     * The bits of an id that depend on the patient alone. A caller that makes many ids for one patient computes them
     * once and passes them to {@link #of(long, long, int)}.
     */
    public static long patientBits(long seed, long index) {
        return mix(seed ^ mix(index + 0x632BE59BD9B4E019L));
    }

    /** The bits of an id that depend on the kind of row alone; constant for a kind, so callers keep them. */
    public static long kindBits(String kind) {
        long kindHash = 1125899906842597L;
        for (int i = 0; i < kind.length(); i++) {
            kindHash = 31 * kindHash + kind.charAt(i);
        }
        return mix(kindHash);
    }

    /**
     * The id of the {@code ordinal}-th row of a kind from the parts {@link #patientBits} and {@link #kindBits}
     * give: the same string as {@link #of(long, long, String, int)}.
     */
    public static String of(long patientBits, long kindBits, int ordinal) {
        long low = mix(patientBits ^ kindBits ^ mix(ordinal + 0x9E3779B97F4A7C15L));
        long high = (patientBits & 0xFFFFFFFFFFFF0FFFL) | 0x0000000000008000L;
        low = (low & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    /** The SplitMix64 finaliser: a bijective scramble of 64 bits. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
