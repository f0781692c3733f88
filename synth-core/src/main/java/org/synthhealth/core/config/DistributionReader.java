package org.synthhealth.core.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.synthhealth.core.AgeBand;
import org.synthhealth.core.Distribution;
import org.synthhealth.core.model.Labelled;

/**
 * Reads the {@code *_dist} blocks: weights that are non-negative and sum to 1 within {@value #TOLERANCE}, over known
 * categories (matched ignoring case) or over contiguous age bands.
 */
final class DistributionReader {

    /** How far from 1.0 a distribution's sum may be. */
    static final double TOLERANCE = 1e-6;

    /** The oldest age a band may reach. */
    static final int MAX_AGE = 120;

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
        List<AgeBand> sorted = new ArrayList<>(weights.keySet());
        sorted.sort(Comparator.comparingInt(AgeBand::low).thenComparingInt(AgeBand::high));
        for (int i = 1; i < sorted.size(); i++) {
            AgeBand before = sorted.get(i - 1);
            AgeBand after = sorted.get(i);
            if (after.low() <= before.high()) {
                throw block.problem("bands " + before.label() + " and " + after.label() + " overlap; start "
                        + after.label() + " at " + (before.high() + 1) + " so each age falls in one band");
            }
            if (after.low() > before.high() + 1) {
                throw block.problem("no band covers ages " + (before.high() + 1) + "-" + (after.low() - 1)
                        + " (between " + before.label() + " and " + after.label() + "); start " + after.label()
                        + " at " + (before.high() + 1) + " so the bands are contiguous");
            }
        }
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
        if (high < low) {
            throw value.problem("band ends before it starts; write the younger age first, as " + high + "-" + low);
        }
        if (high > MAX_AGE) {
            throw value.problem("band reaches age " + high + "; the oldest supported age is " + MAX_AGE);
        }
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
        double sum = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        if (Math.abs(sum - 1.0) > TOLERANCE) {
            throw block.problem("values sum to " + formatSum(sum) + ", expected 1.0 (within 1e-6)");
        }
        return Distribution.of(weights);
    }

    /** Two decimals unless that would hide the error (0.9999 shown as 1.00). */
    static String formatSum(double sum) {
        String shortForm = String.format(Locale.ROOT, "%.2f", sum);
        if (Math.abs(Double.parseDouble(shortForm) - 1.0) > TOLERANCE) {
            return shortForm;
        }
        return String.format(Locale.ROOT, "%.9f", sum).replaceAll("0+$", "");
    }
}
