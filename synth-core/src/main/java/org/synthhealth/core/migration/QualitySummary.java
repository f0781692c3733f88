package org.synthhealth.core.migration;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The distribution of quality scores over the patients the target holds.
 *
 * <p>When no patient reached the target (every patient failed, was quarantined or rolled back), there is no score to
 * summarise: {@link #mean()}, {@link #p5()} and {@link #min()} are empty rather than a made-up figure.
 *
 * @param scored how many patients were scored (those in the target)
 * @param mean the mean score; empty when none was scored
 * @param p5 the 5th percentile; empty when none was scored
 * @param min the lowest score; empty when none was scored
 * @param minimumScore the configured {@code minimum_quality_score}
 * @param belowMinimum how many scored patients fall below it
 * @param histogram ten bins of width 0.1 over [0, 1]; the last bin includes 1.0
 */
public record QualitySummary(
        long scored, OptionalDouble mean, OptionalDouble p5, OptionalDouble min, double minimumScore,
        long belowMinimum, List<HistogramBin> histogram) {

    /**
     * Checks that the figures are present exactly when some patient was scored.
     *
     * @throws IllegalArgumentException when a figure is missing for scored patients or given for none
     */
    public QualitySummary {
        Objects.requireNonNull(mean, "mean");
        Objects.requireNonNull(p5, "p5");
        Objects.requireNonNull(min, "min");
        boolean any = scored > 0;
        if (mean.isPresent() != any || p5.isPresent() != any || min.isPresent() != any) {
            throw new IllegalArgumentException("mean, p5 and min must be present exactly when some patient was "
                    + "scored; scored " + scored);
        }
        histogram = List.copyOf(histogram);
    }

    /**
     * One bin of the quality histogram.
     *
     * @param lower inclusive lower bound
     * @param upper exclusive upper bound (inclusive for the last bin)
     * @param count how many scored patients fall in the bin
     */
    public record HistogramBin(double lower, double upper, long count) {
    }
}
