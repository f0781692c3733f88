package org.synthhealth.core.generate.people;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import java.util.function.ToDoubleBiFunction;
import org.synthhealth.core.AgeBand;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.Distribution;

/**
 * Per-category factors that make a draw reshaped by age still meet its configured shares over the whole cohort.
 *
 * <p>An age rule (assisted living only from 65, no one retired under 50) gives a category no weight at some ages;
 * drawn with the configured weights alone, the category then falls short over the cohort and the others make up for
 * it. The factors raise a category's weight at the ages that allow it, and lower the others', until the marginal over
 * the cohort's ages equals the configured share: iterative proportional fitting (Sinkhorn scaling) of the
 * age-by-category table whose rows are each age's draw. Where a share cannot be met (more assisted living than the
 * cohort has people over 65), the category's factor stops at {@link #MAX_FACTOR} and the category takes as much as
 * the ages allow.
 *
 * <p>A factor scales a category's odds at every age alike: where the category already dominates an age it
 * saturates, so much of a large factor's gain lands at the ages where the category is rare. Students raised that way
 * went to 30- to 64-year-olds (one in twenty at 55-64) rather than to the young, so {@code Student} is pinned
 * instead: its share at each age comes from {@link StudentShares}, and the factors fit the other categories around it.
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
        return factors(distribution, fromAge, multiplier, null, age -> 0);
    }

    /**
     * As {@link #factors(Distribution, int, ToDoubleBiFunction)}, but the category {@code pinned} is not drawn by
     * weight: it takes {@code pinnedShare(age)} of the patients of each age, and the other categories share the rest.
     * Their factors make each meet its configured share of the patients the pinned category leaves; where the pinned
     * category falls short of its own share, the others split the difference in proportion to their weights.
     */
    <K> Map<K, Double> factors(Distribution<K> distribution, int fromAge, ToDoubleBiFunction<K, Integer> multiplier,
            K pinned, IntToDoubleFunction pinnedShare) {
        List<K> categories = distribution.categories();
        int n = categories.size();
        double[] target = new double[n];
        double[] goal = new double[n];
        double[] factor = new double[n];
        double pinnedWeight = pinned == null ? 0 : distribution.weight(pinned);
        double others = 1 - pinnedWeight;
        double othersReach = 1 - (pinned == null ? 0 : mean(fromAge, pinnedShare));
        for (int k = 0; k < n; k++) {
            target[k] = distribution.weight(categories.get(k));
            goal[k] = others > 0 ? target[k] * othersReach / others : target[k];
            factor[k] = 1;
        }
        for (int round = 0; round < ROUNDS; round++) {
            double[] realised = realised(categories, target, factor, fromAge, multiplier, pinned, pinnedShare);
            for (int k = 0; k < n; k++) {
                if (goal[k] > 0 && realised[k] > 0 && !categories.get(k).equals(pinned)) {
                    factor[k] = Math.max(MIN_FACTOR, Math.min(MAX_FACTOR, factor[k] * goal[k] / realised[k]));
                }
            }
        }
        Map<K, Double> result = new HashMap<>();
        for (int k = 0; k < n; k++) {
            result.put(categories.get(k), factor[k]);
        }
        return result;
    }

    /** The mean of {@code value(age)} over the cohort's patients aged {@code fromAge} or more; 0 if there are none. */
    double mean(int fromAge, IntToDoubleFunction value) {
        double sum = 0;
        double counted = 0;
        for (int a = fromAge; a < ages.length; a++) {
            sum += ages[a] * value.applyAsDouble(a);
            counted += ages[a];
        }
        return counted > 0 ? sum / counted : 0;
    }

    /** The share of each category over the ages from {@code fromAge}, drawn with the given factors. */
    private <K> double[] realised(List<K> categories, double[] target, double[] factor, int fromAge,
            ToDoubleBiFunction<K, Integer> multiplier, K pinned, IntToDoubleFunction pinnedShare) {
        int n = categories.size();
        double[] realised = new double[n];
        double[] weight = new double[n];
        double counted = 0;
        for (int a = fromAge; a < ages.length; a++) {
            if (ages[a] == 0) {
                continue;
            }
            double fixed = pinned == null ? 0 : pinnedShare.applyAsDouble(a);
            double sum = 0;
            for (int k = 0; k < n; k++) {
                boolean isPinned = categories.get(k).equals(pinned);
                weight[k] = isPinned ? 0 : target[k] * factor[k] * multiplier.applyAsDouble(categories.get(k), a);
                sum += weight[k];
            }
            counted += ages[a];
            for (int k = 0; k < n; k++) {
                boolean isPinned = categories.get(k).equals(pinned);
                realised[k] += ages[a] * (isPinned ? fixed : sum > 0 ? (1 - fixed) * weight[k] / sum : 0);
            }
        }
        for (int k = 0; k < n && counted > 0; k++) {
            realised[k] /= counted;
        }
        return realised;
    }
}
