package org.synthhealth.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Weights over a closed set of categories, in a fixed order, summing to 1.
 *
 * <p>Iteration order is the order the categories were given in, so sampling is deterministic. Validation of the
 * weights (non-negative, summing to 1 within 1e-6) happens where the distribution is read, so that the error can name
 * the YAML path; this class only refuses what can never be sampled.
 *
 * @param <K> the category type
 */
public final class Distribution<K> {

    private final Map<K, Double> weights;
    private final List<K> keys;
    private final double[] cumulative;

    private Distribution(Map<K, Double> weights) {
        this.weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
        this.keys = List.copyOf(weights.keySet());
        this.cumulative = new double[keys.size()];
        double sum = 0;
        for (int i = 0; i < keys.size(); i++) {
            double w = weights.get(keys.get(i));
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("weight of " + keys.get(i) + " is " + w
                        + "; weights must be finite numbers >= 0");
            }
            sum += w;
            cumulative[i] = sum;
        }
        if (keys.isEmpty() || sum <= 0) {
            throw new IllegalArgumentException("a distribution needs at least one category with a positive weight");
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= sum;
        }
    }

    /** A distribution over the given weights, in the map's iteration order. */
    public static <K> Distribution<K> of(Map<K, Double> weights) {
        return new Distribution<>(Objects.requireNonNull(weights, "weights"));
    }

    /** The weights, in order. */
    public Map<K, Double> weights() {
        return weights;
    }

    /** The weight of one category; 0 when it is absent. */
    public double weight(K key) {
        return weights.getOrDefault(key, 0.0);
    }

    /** The categories, in order. */
    public List<K> categories() {
        return keys;
    }

    /** The category whose cumulative share first exceeds {@code u}, a uniform number in [0, 1). */
    public K sample(double u) {
        for (int i = 0; i < cumulative.length; i++) {
            if (u < cumulative[i]) {
                return keys.get(i);
            }
        }
        return keys.get(keys.size() - 1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Distribution<?> other && weights.equals(other.weights)
                && keys.equals(other.keys);
    }

    @Override
    public int hashCode() {
        return weights.hashCode();
    }

    @Override
    public String toString() {
        return weights.toString();
    }
}
