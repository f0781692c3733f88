package org.synthhealth.core.report.html;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.synthhealth.core.migration.MigrationResult;
import org.synthhealth.core.migration.MigrationStage;
import org.synthhealth.core.migration.PatientOutcome;
import org.synthhealth.core.migration.PatientState;
import org.synthhealth.core.migration.QualitySummary;
import org.synthhealth.core.migration.StageReport;
import org.synthhealth.core.migration.ThroughputPoint;
import org.synthhealth.core.report.DistributionComparison;
import org.synthhealth.core.report.GenerationReport;

/** Reads the figures the page shows from a cohort profile and from migration results. */
public final class Figures {

    private Figures() {
    }

    /** The figures of a generation run, as its generation report states them. */
    public static CohortFigures of(GenerationReport report) {
        List<CohortFigures.DistributionFigures> distributions = new ArrayList<>();
        for (DistributionComparison d : report.distributions()) {
            distributions.add(new CohortFigures.DistributionFigures(d.name(), d.categories(), d.configured(),
                    d.realised(), d.patients() > 0));
        }
        return new CohortFigures(report.patients(), report.seed(), report.tableCounts(), distributions,
                report.ageBands(), report.conditionPrevalence());
    }

    /** A migration run's figures, as its JSON report states them. */
    public static MigrationFigures of(MigrationResult result) {
        Map<String, Long> outcomes = new LinkedHashMap<>();
        result.outcomes().forEach((state, count) -> outcomes.put(state.label(), count));

        Map<MigrationStage, long[]> stopped = new EnumMap<>(MigrationStage.class);
        for (PatientOutcome p : result.patients()) {
            if (p.state() == PatientState.QUARANTINED || p.state() == PatientState.FAILED) {
                stopped.computeIfAbsent(p.stage(), s -> new long[2])[p.state() == PatientState.QUARANTINED ? 0 : 1]++;
            }
        }
        List<MigrationFigures.StageFigures> stages = new ArrayList<>();
        for (StageReport s : result.stages()) {
            long[] q = stopped.getOrDefault(s.stage(), new long[2]);
            stages.add(new MigrationFigures.StageFigures(s.stage().label(), s.attempted(), s.succeeded(), q[0], q[1],
                    s.successRate(), s.timings().meanMillis() / 1000.0, s.timings().p50Millis() / 1000.0,
                    s.timings().p95Millis() / 1000.0));
        }
        List<MigrationFigures.FailureCount> failures = new ArrayList<>();
        result.errors().forEach(e -> failures.add(
                new MigrationFigures.FailureCount(e.stage().label(), e.type(), e.count())));
        List<double[]> timeline = new ArrayList<>();
        if (!result.timeline().isEmpty()) {
            timeline.add(new double[] {0, 0});
        }
        long finished = 0;
        for (ThroughputPoint point : result.timeline()) {
            finished += point.finished();
            timeline.add(new double[] {point.minute() + 1, finished});
        }
        QualitySummary quality = result.quality();
        List<Long> histogram = quality.histogram().stream().map(QualitySummary.HistogramBin::count).toList();
        List<MigrationFigures.AttentionRow> attention = new ArrayList<>();
        for (PatientOutcome p : result.patientsNeedingAttention()) {
            String reason = p.reasons().isEmpty() ? String.join("; ", p.defects()) : String.join("; ", p.reasons());
            attention.add(new MigrationFigures.AttentionRow(p.patientId(), p.state().label(),
                    p.stage() == null ? "" : p.stage().label(), reason.isEmpty() ? "below minimum quality" : reason,
                    p.qualityScore()));
        }
        return new MigrationFigures(result.strategy().label(), result.seed(), result.totalPatients(), outcomes, stages,
                failures, result.throughputPerMinute(), result.makespanMillis() / 60_000.0, timeline,
                result.bottleneck().stage().label(), result.bottleneck().reason(), quality.mean().orElse(Double.NaN),
                quality.p5().orElse(Double.NaN), histogram, quality.minimumScore(), result.rolledBack(), attention);
    }
}
