package org.synthhealth.core;

/**
 * An inclusive band of ages in whole years, written {@code 19-40} in configuration files.
 *
 * @param low the youngest age in the band
 * @param high the oldest age in the band
 */
public record AgeBand(int low, int high) implements Comparable<AgeBand> {

    /**
     * The oldest age the engine generates, in whole years on the reference date: no band of {@code age_dist} and no
     * {@code requirements.min_age} or {@code max_age} may go past it, because histories reach back at most this far.
     */
    public static final int OLDEST = 120;

    /**
     * The age, in whole years, from which a patient counts as an adult: the SDOH distributions for smoking, alcohol,
     * education and employment and the {@code condition_prevalence} overrides describe patients this old or older.
     */
    public static final int ADULT = 18;

    public AgeBand {
        if (low < 0 || high < low) {
            throw new IllegalArgumentException("age band " + low + "-" + high + " must satisfy 0 <= low <= high");
        }
    }

    /** The band as written in YAML, for example {@code 0-18}. */
    public String label() {
        return low + "-" + high;
    }

    /** Younger bands first: by the youngest age, then by the oldest. */
    @Override
    public int compareTo(AgeBand other) {
        int byLow = Integer.compare(low, other.low);
        return byLow != 0 ? byLow : Integer.compare(high, other.high);
    }

    /** Whether {@code age} lies in the band. */
    public boolean contains(int age) {
        return age >= low && age <= high;
    }

    @Override
    public String toString() {
        return label();
    }
}
