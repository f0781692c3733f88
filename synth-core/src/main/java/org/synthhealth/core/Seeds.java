package org.synthhealth.core;

import java.security.SecureRandom;

/**
 * Resolves the seed of a run. A spec with a seed uses it; a spec without one gets a fresh seed drawn once from
 * {@link SecureRandom} (the only unseeded randomness in the product), which the caller must report so the run can be
 * repeated with {@code --seed}.
 */
public final class Seeds {

    private static final SecureRandom FRESH = new SecureRandom();

    private Seeds() {
    }

    /** The spec's seed, or a fresh one when it has none. */
    public static long resolve(CohortSpec spec) {
        return spec.seed().orElseGet(Seeds::fresh);
    }

    /** A fresh, non-negative seed (non-negative so that it reads back from YAML and the command line unchanged). */
    public static long fresh() {
        synchronized (FRESH) {
            return FRESH.nextLong() & Long.MAX_VALUE;
        }
    }
}
