package org.synthhealth.core;

import java.util.Optional;

/**
 * An inclusive band of ages in whole years, written {@code 19-40} in configuration files. A band the engine cannot
 * generate (starting below 0, ending before it starts, reaching past {@link #OLDEST}) is refused when it is made, so
 * no {@code age_dist} can hold one.
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

    /**
     * A band from {@code low} to {@code high}.
     *
     * @throws InvalidInputException naming the band and the fix when {@link #problem} finds one
     */
    public AgeBand {
        Optional<String> problem = problem(low, high);
        if (problem.isPresent()) {
            throw new InvalidInputException("age band " + low + "-" + high + ": " + problem.get());
        }
    }

    /**
     * What is wrong with a band from {@code low} to {@code high}, with the fix; empty when it is usable. The YAML
     * reader asks before making the band, so that its message can carry the file and line.
     */
    public static Optional<String> problem(int low, int high) {
        if (low < 0) {
            return Optional.of("band starts at age " + low + "; ages start at 0, so start the band at 0 or later");
        }
        if (high < low) {
            return Optional.of("band ends before it starts; write the younger age first, as " + high + "-" + low);
        }
        if (high > OLDEST) {
            return Optional.of("band reaches age " + high + "; the oldest supported age is " + OLDEST
                    + (low > OLDEST ? ", so remove the band" : ", so end the band at " + OLDEST + " (" + low + "-"
                            + OLDEST + ")"));
        }
        return Optional.empty();
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
