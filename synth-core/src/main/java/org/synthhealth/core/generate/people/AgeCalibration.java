package org.synthhealth.core.generate.people;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleBiFunction;
import org.synthhealth.core.AgeBand;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.Distribution;

/**
 * Per-category factors that make a draw reshaped by age still meet its configured shares over the whole cohort.
 *
 * <p>An age rule (no student from 65, assisted living only from 65) gives a category no weight at some ages; drawn
 * with the configured weights alone, the category then falls short over the cohort and the others make up for it
 * (a default cohort had 6.6 % adult students against 10 % configured). The factors raise a category's weight at the
 * ages that allow it, and lower the others', until the marginal over the cohort's ages equals the configured share:
 * iterative proportional fitting (Sinkhorn scaling) of the age-by-category table whose rows are each age's draw.
 * Where a share cannot be met (more students than the cohort has people under 65), the category's factor stops at
 * {@link #MAX_FACTOR} and the category takes as much as the ages allow.
 *
 * <p>The cohort's ages are those {@code age_dist} spreads over {@code [minAge, maxAge]}, as
 * {@link DemographicsGenerator#age} draws them. Plain arithmetic in a fixed order, so the factors are the same on
 * every run and platform.
 */
final class AgeCalibration {

    private static final int ROUNDS = 300;
    private static final double MAX_FACTOR = 1e6;
    private static final double MIN_FACTOR = 1e-6;

    /** {@code ages[a]} is the share of the cohort aged {@code a} on the reference date. */
    private final double[] ages = new double[AgeBand.OLDEST + 1];

    /** The age spread of {@code spec}'s cohort, limited to {@code [minAge, maxAge]}. */
    AgeCalibration(CohortSpec spec, int minAge, int maxAge) {
        double total = 0;
        for (AgeBand band : spec.ageDistribution().categories()) {
            double weight = spec.ageDistribution().weight(band);
            for (int a = Math.max(band.low(), minAge); a <= Math.min(band.high(), maxAge); a++) {
                ages[a] += weight * AgeWithinBand.share(band.low(), band.high(), a, a);
            }
        }
        for (double share : ages) {
            total += share;
        }
        for (int a = 0; a < ages.length && total > 0; a++) {
            ages[a] /= total;
        }
    }

    /**
     * The factor of each category of {@code distribution} drawn with {@code multiplier(category, age)} by patients
     * aged {@code fromAge} or more, so that their realised shares match the configured ones where the ages allow.
     */
    <K> Map<K, Double> factors(Distribution<K> distribution, int fromAge, ToDoubleBiFunction<K, Integer> multiplier) {
        List<K> categories = distribution.categories();
        int n = categories.size();
        double[] target = new double[n];
        double[] factor = new double[n];
        for (int k = 0; k < n; k++) {
            target[k] = distribution.weight(categories.get(k));
            factor[k] = 1;
        }
        for (int round = 0; round < ROUNDS; round++) {
            double[] realised = realised(categories, target, factor, fromAge, multiplier);
            for (int k = 0; k < n; k++) {
                if (target[k] > 0 && realised[k] > 0) {
                    factor[k] = Math.max(MIN_FACTOR, Math.min(MAX_FACTOR, factor[k] * target[k] / realised[k]));
                }
            }
        }
        Map<K, Double> result = new HashMap<>();
        for (int k = 0; k < n; k++) {
            result.put(categories.get(k), factor[k]);
        }
        return result;
    }

    /** The share of each category over the ages from {@code fromAge}, drawn with the given factors. */
    private <K> double[] realised(List<K> categories, double[] target, double[] factor, int fromAge,
            ToDoubleBiFunction<K, Integer> multiplier) {
        int n = categories.size();
        double[] realised = new double[n];
        double[] weight = new double[n];
        double counted = 0;
        for (int a = fromAge; a < ages.length; a++) {
            if (ages[a] == 0) {
                continue;
            }
            double sum = 0;
            for (int k = 0; k < n; k++) {
                weight[k] = target[k] * factor[k] * multiplier.applyAsDouble(categories.get(k), a);
                sum += weight[k];
            }
            counted += ages[a];
            for (int k = 0; k < n && sum > 0; k++) {
                realised[k] += ages[a] * weight[k] / sum;
            }
        }
        for (int k = 0; k < n && counted > 0; k++) {
            realised[k] /= counted;
        }
        return realised;
    }
}
