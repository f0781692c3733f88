package org.synthhealth.core.report.html;

import java.util.List;
import java.util.Map;

/**
 * The figures of one migration run that the dashboard shows, read from the run's JSON report.
 *
 * @param throughputOverTime pairs of (simulated minute, patients finished by then)
 * @param qualityMean the mean quality score, NaN (shown as "n/a") when no patient was scored
 * @param qualityP5 the 5th percentile of the quality score, NaN when no patient was scored
 * @param histogram patient counts per equal-width quality bin from 0 to 1
 */
public record MigrationFigures(
        String strategy,
        long seed,
        long totalPatients,
        Map<String, Long> outcomes,
        List<StageFigures> stages,
        List<FailureCount> failures,
        double throughputPerMinute,
        double makespanMinutes,
        List<double[]> throughputOverTime,
        String bottleneckStage,
        String bottleneckReason,
        double qualityMean,
        double qualityP5,
        List<Long> histogram,
        double minimumQuality,
        boolean rolledBack,
        List<AttentionRow> attention) {

    /** The figures of one stage. Times are simulated seconds. */
    public record StageFigures(String stage, long attempted, long succeeded, long quarantined, long failed,
            double successRate, double meanSeconds, double p50Seconds, double p95Seconds) {
    }

    /** How often one kind of error struck one stage. */
    public record FailureCount(String stage, String type, long count) {
    }

    /** A patient that needs attention: not migrated cleanly, or below the minimum quality score. */
    public record AttentionRow(String patientId, String state, String stage, String reason, double score) {
    }
}
