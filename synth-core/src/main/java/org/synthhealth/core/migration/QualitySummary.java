package org.synthhealth.core.migration;

import java.util.List;

/**
 * The distribution of quality scores over the patients the target holds.
 *
 * @param scored how many patients were scored (those in the target)
 * @param mean the mean score, 1 when none was scored
 * @param p5 the 5th percentile, 1 when none was scored
 * @param min the lowest score, 1 when none was scored
 * @param minimumScore the configured {@code minimum_quality_score}
 * @param belowMinimum how many scored patients fall below it
 * @param histogram ten bins of width 0.1 over [0, 1]; the last bin includes 1.0
 */
public record QualitySummary(
        long scored, double mean, double p5, double min, double minimumScore, long belowMinimum,
        List<HistogramBin> histogram) {

    public QualitySummary {
        histogram = List.copyOf(histogram);
    }

    /**
     * One bin of the quality histogram.
     *
     * @param lower inclusive lower bound
     * @param upper exclusive upper bound (inclusive for the last bin)
     */
    public record HistogramBin(double lower, double upper, long count) {
    }
}
