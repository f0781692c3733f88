package org.synthhealth.core.config;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Locale;

/**
 * The sum of a distribution's weights, taken on the decimals as written rather than on doubles: in binary
 * 0.333333 + 0.666666 comes out a hair below 0.999999 while 0.499999 + 0.5 does not, so whether a sum lies within
 * {@value #TOLERANCE} of 1 would otherwise depend on rounding the user cannot see. Each weight counts as the shortest
 * decimal that reads back as the same double, which is the number as written for any weight a configuration holds.
 */
final class WeightSum {

    /** How far from 1 a distribution's sum may be. */
    static final String TOLERANCE = "1e-6";

    private static final BigDecimal LIMIT = new BigDecimal(TOLERANCE);

    private final BigDecimal sum;

    private WeightSum(BigDecimal sum) {
        this.sum = sum;
    }

    /** The exact decimal sum of {@code weights}, each finite. */
    static WeightSum of(Collection<Double> weights) {
        BigDecimal sum = BigDecimal.ZERO;
        for (double weight : weights) {
            sum = sum.add(BigDecimal.valueOf(weight));
        }
        return new WeightSum(sum);
    }

    /** Whether the sum lies within {@value #TOLERANCE} of 1, the bound included. */
    boolean isOne() {
        return within(BigDecimal.ONE);
    }

    /** Whether the weights look like percentages: they sum to 100 within 100 times the tolerance. */
    boolean isPercent() {
        return sum.subtract(BigDecimal.valueOf(100)).abs().compareTo(LIMIT.scaleByPowerOfTen(2)) <= 0;
    }

    private boolean within(BigDecimal target) {
        return sum.subtract(target).abs().compareTo(LIMIT) <= 0;
    }

    /** Two decimals unless that would hide how far the sum is from 1 (0.9999989 shown as 1.00), then in full. */
    @Override
    public String toString() {
        String shortForm = String.format(Locale.ROOT, "%.2f", sum);
        if (new WeightSum(new BigDecimal(shortForm)).isOne()) {
            return sum.stripTrailingZeros().toPlainString();
        }
        return shortForm;
    }
}
