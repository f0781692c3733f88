package org.synthhealth.core.generate.people;

import java.util.SplittableRandom;
import org.synthhealth.core.AgeBand;

/**
 * Draws an age inside an age band the way a population is spread over it: in proportion to the share of people who
 * live to that age. Below about 60 that share barely changes, so ages are close to even; in a band such as 66-100 or
 * 66-120 they thin out as a life table does, instead of filling the band's last decades with centenarians.
 *
 * <p>Survival follows a Gompertz curve, a yearly death rate of {@code exp(-11.8 + 0.11 * age)} (about 5 % at 80,
 * 15 % at 90 and 45 % at 100, close to US period life tables), so about 1 in 60 people reach 100 and hardly anyone
 * 110. {@link StrictMath} keeps the table the same on every platform.
 */
public final class AgeWithinBand {

    private static final double LOG_RATE_AT_BIRTH = -11.8;
    private static final double LOG_RATE_PER_YEAR = 0.11;
    /** Below this summed survival, a band's ages are drawn evenly. */
    private static final double MIN_SPAN = 1e-9;

    /** {@code CUMULATIVE[a]} is the summed survival of ages {@code 0} to {@code a - 1}. */
    private static final double[] CUMULATIVE = new double[AgeBand.OLDEST + 2];

    static {
        for (int age = 0; age <= AgeBand.OLDEST; age++) {
            CUMULATIVE[age + 1] = CUMULATIVE[age] + survival(age);
        }
    }

    private AgeWithinBand() {
    }

    /** An age from {@code low} to {@code high} (within 0-120), each weighted by the share surviving to it. */
    static int draw(SplittableRandom random, int low, int high) {
        double span = CUMULATIVE[high + 1] - CUMULATIVE[low];
        if (span < MIN_SPAN) {
            // Ages past about 115, where the survival shares vanish into rounding: any of them is as likely.
            return low + random.nextInt(high - low + 1);
        }
        double target = CUMULATIVE[low] + random.nextDouble() * span;
        for (int age = low; age < high; age++) {
            if (target < CUMULATIVE[age + 1]) {
                return age;
            }
        }
        return high;
    }

    /**
     * The share of a band's patients ({@code low} to {@code high}) whose age lies from {@code from} to {@code to}, as
     * {@link #draw} spreads them; the plain share of the ages where survival has vanished into rounding.
     */
    public static double share(int low, int high, int from, int to) {
        double span = CUMULATIVE[high + 1] - CUMULATIVE[low];
        if (span < MIN_SPAN) {
            return (double) (to - from + 1) / (high - low + 1);
        }
        return (CUMULATIVE[to + 1] - CUMULATIVE[from]) / span;
    }

    /** The share of people born who are still alive at {@code age}. */
    public static double survival(int age) {
        double cumulativeHazard = StrictMath.exp(LOG_RATE_AT_BIRTH) / LOG_RATE_PER_YEAR
                * StrictMath.expm1(LOG_RATE_PER_YEAR * age);
        return StrictMath.exp(-cumulativeHazard);
    }
}
