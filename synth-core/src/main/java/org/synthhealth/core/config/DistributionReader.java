package org.synthhealth.core.config;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.synthhealth.core.AgeBand;
import org.synthhealth.core.Distribution;
import org.synthhealth.core.model.Labelled;

/**
 * Reads the {@code *_dist} blocks: weights that are non-negative and sum to 1 within 1e-6 ({@link WeightSum}), over
 * known categories (matched ignoring case) or over contiguous age bands.
 */
final class DistributionReader {

    private static final Pattern BAND = Pattern.compile("\\s*(\\d{1,3})\\s*-\\s*(\\d{1,3})\\s*");

    private DistributionReader() {
    }

    /** A distribution over {@code allowed}, keyed in the file by their labels. */
    static <E extends Enum<E> & Labelled> Distribution<E> categories(YamlValue block, List<E> allowed) {
        Map<E, Double> weights = new LinkedHashMap<>();
        for (Map.Entry<String, YamlValue> entry : block.entries().entrySet()) {
            YamlValue value = entry.getValue();
            E category = allowed.stream()
                    .filter(c -> YamlValue.normalise(c.label()).equals(YamlValue.normalise(entry.getKey())))
                    .findFirst()
                    .orElseThrow(() -> value.problem("unknown category; use one of " + YamlValue.labels(allowed)
                            + " (matched ignoring case)"));
            if (weights.containsKey(category)) {
                throw value.problem("repeats category " + category.label() + "; give each category once");
            }
            weights.put(category, weight(value));
        }
        return checked(block, weights);
    }

    /** A distribution over age bands written {@code low-high}, which must be contiguous once sorted. */
    static Distribution<AgeBand> ageBands(YamlValue block) {
        Map<AgeBand, Double> weights = new LinkedHashMap<>();
        for (Map.Entry<String, YamlValue> entry : block.entries().entrySet()) {
            YamlValue value = entry.getValue();
            AgeBand band = band(entry.getKey(), value);
            if (weights.containsKey(band)) {
                throw value.problem("repeats band " + band.label() + "; give each band once");
            }
            weights.put(band, weight(value));
        }
        AgeBandRules.layoutProblem(weights.keySet()).ifPresent(problem -> {
            throw block.problem(problem);
        });
        return checked(block, weights);
    }

    private static AgeBand band(String key, YamlValue value) {
        Matcher m = BAND.matcher(key);
        if (!m.matches()) {
            throw value.problem("\"" + key + "\" is not an age band; write bands as low-high in whole years, "
                    + "for example 19-40");
        }
        int low = Integer.parseInt(m.group(1));
        int high = Integer.parseInt(m.group(2));
        AgeBand.problem(low, high).ifPresent(problem -> {
            throw value.problem(problem);
        });
        return new AgeBand(low, high);
    }

    private static double weight(YamlValue value) {
        double w = value.number();
        if (!Double.isFinite(w)) {
            throw value.problem("is " + w + ", not a finite number; weights must be finite numbers between 0 and 1, "
                    + "such as 0.25");
        }
        if (w < 0) {
            throw value.problem("weight is " + w + ", must not be negative; use 0 to leave the category out");
        }
        return w;
    }

    private static <K> Distribution<K> checked(YamlValue block, Map<K, Double> weights) {
        if (weights.isEmpty()) {
            throw block.problem("is empty; give at least one category with a weight, or remove the key");
        }
        sumProblem(weights.values()).ifPresent(problem -> {
            throw block.problem(problem);
        });
        return Distribution.of(weights);
    }

    /**
     * What is wrong with the sum of {@code weights}, with the fix; empty when it is 1 within the tolerance of
     * {@link WeightSum}. Shared with the validator of specs built in code, so both say the same.
     */
    static Optional<String> sumProblem(Collection<Double> weights) {
        WeightSum sum = WeightSum.of(weights);
        if (sum.isOne()) {
            return Optional.empty();
        }
        return Optional.of("values sum to " + sum + ", expected 1.0 (within " + WeightSum.TOLERANCE + "); "
                + (sum.isPercent() ? "they look like percentages: write fractions (0.5 for 50 %)"
                : "adjust the weights so they add up to 1"));
    }
}
