package org.synthhealth.assertj.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Pearson's chi-square goodness-of-fit test of observed category counts against expected proportions.
 *
 * <p>The p-value comes from the regularised upper incomplete gamma function, computed by its series or continued
 * fraction (the textbook series and Lentz continued fraction); it is accurate to about 1e-12, far more than a test
 * threshold needs.
 *
 * @param statistic the chi-square statistic
 * @param degreesOfFreedom categories with a positive expected share, minus one
 * @param pValue the chance of a statistic at least this large if the counts follow the expected proportions
 * @param table one row per category: name, observed count, expected count
 */
public record ChiSquare(double statistic, int degreesOfFreedom, double pValue, List<Row> table) {

    /** One category of the table. */
    public record Row(String category, long observed, double expected) {
    }

    /** Tests {@code items} classified by {@code classifier} against the weights (which need not sum to 1). */
    public static <T, K> ChiSquare test(List<T> items, Function<T, K> classifier, Map<K, Double> weights) {
        Map<K, Long> observed = new LinkedHashMap<>();
        weights.keySet().forEach(k -> observed.put(k, 0L));
        long outside = 0;
        for (T item : items) {
            K key = classifier.apply(item);
            if (key != null && observed.containsKey(key)) {
                observed.merge(key, 1L, Long::sum);
            } else {
                outside++;
            }
        }
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        int n = items.size();
        List<Row> rows = new ArrayList<>();
        double statistic = 0;
        int categories = 0;
        for (Map.Entry<K, Double> weight : weights.entrySet()) {
            double expected = n * weight.getValue() / total;
            long seen = observed.get(weight.getKey());
            rows.add(new Row(String.valueOf(weight.getKey()), seen, expected));
            if (expected > 0) {
                statistic += (seen - expected) * (seen - expected) / expected;
                categories++;
            } else if (seen > 0) {
                statistic = Double.POSITIVE_INFINITY;
            }
        }
        if (outside > 0) {
            rows.add(new Row("(none of these)", outside, 0));
            statistic = Double.POSITIVE_INFINITY;
        }
        int df = Math.max(1, categories - 1);
        double p = Double.isInfinite(statistic) ? 0 : upperRegularisedGamma(df / 2.0, statistic / 2.0);
        return new ChiSquare(statistic, df, p, List.copyOf(rows));
    }

    /** The table and the test outcome, one category per line, for a failure message. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        for (Row row : table) {
            out.append(String.format(Locale.ROOT, "  %-24s observed %6d  expected %9.1f%n", row.category(),
                    row.observed(), row.expected()));
        }
        out.append(String.format(Locale.ROOT, "  chi-square = %.3f, df = %d, p = %.3g", statistic, degreesOfFreedom,
                pValue));
        return out.toString();
    }

    /** Q(a, x) = Gamma(a, x) / Gamma(a). */
    static double upperRegularisedGamma(double a, double x) {
        if (x <= 0) {
            return 1;
        }
        if (x < a + 1) {
            return 1 - lowerSeries(a, x);
        }
        return upperContinuedFraction(a, x);
    }

    private static double lowerSeries(double a, double x) {
        double sum = 1 / a;
        double term = sum;
        for (int n = 1; n < 10_000; n++) {
            term *= x / (a + n);
            sum += term;
            if (Math.abs(term) < Math.abs(sum) * 1e-15) {
                break;
            }
        }
        return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
    }

    private static double upperContinuedFraction(double a, double x) {
        double tiny = 1e-300;
        double b = x + 1 - a;
        double c = 1 / tiny;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < 10_000; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            d = Math.abs(d) < tiny ? tiny : d;
            c = b + an / c;
            c = Math.abs(c) < tiny ? tiny : c;
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < 1e-15) {
                break;
            }
        }
        return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
    }

    /** The Lanczos approximation of ln Gamma(x), x > 0. */
    static double logGamma(double x) {
        double[] c = {76.18009172947146, -86.50532032941677, 24.01409824083091, -1.231739572450155,
            0.1208650973866179e-2, -0.5395239384953e-5};
        double y = x;
        double tmp = x + 5.5;
        tmp -= (x + 0.5) * Math.log(tmp);
        double series = 1.000000000190015;
        for (double coefficient : c) {
            series += coefficient / ++y;
        }
        return -tmp + Math.log(2.5066282746310005 * series / x);
    }
}
