package org.synthhealth.core;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Weights over a closed set of categories, in a fixed order, summing to 1.
 *
 * <p>Iteration order is the order the categories were given in when the caller chose one, and otherwise the
 * categories' natural order, so sampling is deterministic (see {@link #of}). Validation of the
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
        this.weights = new OrderedWeights<>(weights);
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

    /**
     * A distribution over the given weights, its categories in their natural order: enum constants as declared, age
     * bands youngest first. Whatever order the map iterates in, the same weights draw the same patients from the
     * same seed, as YAML means when it calls a mapping's keys unordered: listing {@code female} before {@code male}
     * is the same configuration.
     */
    public static <K> Distribution<K> of(Map<K, Double> weights) {
        Objects.requireNonNull(weights, "weights");
        return new Distribution<>(weights.size() < 2 ? weights : inNaturalOrder(weights));
    }

    private static <K> Map<K, Double> inNaturalOrder(Map<K, Double> weights) {
        List<K> keys = new ArrayList<>(weights.keySet());
        keys.sort(Distribution::compareNaturally);
        Map<K, Double> ordered = new LinkedHashMap<>();
        keys.forEach(key -> ordered.put(key, weights.get(key)));
        return ordered;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareNaturally(Object a, Object b) {
        if (a instanceof Enum<?> x && b instanceof Enum<?> y && x.getDeclaringClass() == y.getDeclaringClass()) {
            return Integer.compare(x.ordinal(), y.ordinal());
        }
        if (a instanceof Comparable x && b != null && a.getClass() == b.getClass()) {
            return x.compareTo(b);
        }
        // Categories of no known order (never the engine's own): by text, which at least does not change by run.
        return String.valueOf(a).compareTo(String.valueOf(b));
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

    /**
     * The weights as {@link #weights()} gives them: unmodifiable, in the distribution's order, and recognised by
     * {@link #of} as an order the caller chose, so a spec's weights given back to a builder keep their order.
     */
    private static final class OrderedWeights<K> extends AbstractMap<K, Double> {

        private final Set<Map.Entry<K, Double>> entries;

        OrderedWeights(Map<K, Double> weights) {
            Set<Map.Entry<K, Double>> inOrder = new LinkedHashSet<>();
            weights.forEach((key, weight) -> inOrder.add(Map.entry(key, weight)));
            this.entries = Collections.unmodifiableSet(inOrder);
        }

        @Override
        public Set<Map.Entry<K, Double>> entrySet() {
            return entries;
        }
    }
}
