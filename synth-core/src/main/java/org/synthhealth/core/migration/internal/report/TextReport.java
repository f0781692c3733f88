package org.synthhealth.core.migration.internal.report;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.synthhealth.core.migration.BatchReport;
import org.synthhealth.core.migration.ErrorCount;
import org.synthhealth.core.migration.FaultSummary;
import org.synthhealth.core.migration.MigrationResult;
import org.synthhealth.core.migration.PatientOutcome;
import org.synthhealth.core.migration.QualitySummary;
import org.synthhealth.core.migration.StageReport;
import org.synthhealth.core.migration.SubStageReport;
import org.synthhealth.core.report.Plural;

/** The readable migration report: the same figures as the JSON report, laid out for people. */
public final class TextReport {

    /** How many patients needing attention are listed by name; the JSON report lists them all. */
    static final int ATTENTION_LISTED = 50;

    private TextReport() {
    }

    /** The report as text with a trailing newline. */
    public static String render(MigrationResult r) {
        StringBuilder out = new StringBuilder();
        line(out, "VistA -> Oracle Health migration report");
        line(out, "=======================================");
        line(out, "Strategy %s, seed %d, target %s, %s", r.strategy().label(), r.seed(), r.targetKind(),
                Plural.count(r.totalPatients(), "patient"));
        line(out, "Batch size %d, workers %d, validation strictness %s", r.parameters().batchSize(),
                r.parameters().concurrentWorkers(), r.parameters().validationStrictness());
        if (r.rolledBack()) {
            line(out, "");
            line(out, "THE WHOLE MIGRATION WAS ROLLED BACK: %s. The target holds no patient.",
                    r.rollbackReason().orElse(""));
        }
        line(out, "");
        line(out, "Outcomes");
        r.outcomes().forEach((state, n) -> line(out, "  %-22s %8d  %6.2f%%", state.label(), n,
                r.totalPatients() == 0 ? 0.0 : 100.0 * n / r.totalPatients()));
        line(out, "");
        line(out, "Simulated makespan %s; throughput %.1f patients migrated per simulated minute (%.1f processed)",
                human(r.makespanMillis()), r.throughputPerMinute(), r.processedPerMinute());
        line(out, "Bottleneck: %s", r.bottleneck().reason());
        line(out, "");
        line(out, "Stages                 attempted succeeded   rate  configured   mean ms    p50 ms    p95 ms");
        for (StageReport s : r.stages()) {
            line(out, "  %-20s %9d %9d %6.2f%% %9.2f%% %9.1f %9.1f %9.1f", s.stage().label(), s.attempted(),
                    s.succeeded(), 100 * s.successRate(), 100 * r.parameters().successRate(s.stage()),
                    s.timings().meanMillis(), s.timings().p50Millis(), s.timings().p95Millis());
            for (SubStageReport sub : s.subStages()) {
                line(out, "    %-18s %9d %9d %6.2f%% %10s %9.1f %9.1f %9.1f", sub.subStage().label(),
                        sub.attempted(), sub.succeeded(), 100 * sub.successRate(), "", sub.timings().meanMillis(),
                        sub.timings().p50Millis(), sub.timings().p95Millis());
            }
        }
        line(out, "");
        line(out, "Errors by stage and type");
        if (r.errors().isEmpty()) {
            line(out, "  none");
        }
        for (ErrorCount e : r.errors()) {
            line(out, "  %-10s %-40s %8d", e.stage().label(), e.type(), e.count());
        }
        line(out, "");
        line(out, "Injected faults       injected   caught  slipped  otherwise");
        for (FaultSummary f : r.faults()) {
            line(out, "  %-34s %8d %8d %8d %8d", f.type(), f.injected(), f.caught(), f.slipped(), f.otherwise());
        }
        quality(out, r.quality());
        batches(out, r.batches());
        attention(out, r.patientsNeedingAttention());
        line(out, "");
        line(out, "Target rows after migration");
        r.targetRowCounts().forEach((table, n) -> line(out, "  %-16s %10d", table, n));
        return out.toString();
    }

    private static void quality(StringBuilder out, QualitySummary q) {
        line(out, "");
        if (q.scored() == 0) {
            line(out, "Quality: no patient was scored, as none reached the target (minimum %.2f)", q.minimumScore());
            return;
        }
        line(out, "Quality of %s in the target: mean %.4f, p5 %.4f, min %.4f; %d below the minimum %.2f",
                Plural.count(q.scored(), "patient"), q.mean().orElseThrow(), q.p5().orElseThrow(),
                q.min().orElseThrow(), q.belowMinimum(), q.minimumScore());
        long max = q.histogram().stream().mapToLong(QualitySummary.HistogramBin::count).max().orElse(0);
        for (QualitySummary.HistogramBin bin : q.histogram()) {
            int bar = max == 0 ? 0 : (int) Math.round(40.0 * bin.count() / max);
            line(out, "  [%.1f, %.1f%s %8d %s", bin.lower(), bin.upper(), bin.upper() >= 1.0 ? "]" : ")",
                    bin.count(), "#".repeat(bar));
        }
    }

    private static void batches(StringBuilder out, List<BatchReport> batches) {
        long rolledBack = batches.stream().filter(b -> !b.committed()).count();
        long retried = batches.stream().filter(b -> b.attempts() > 1).count();
        line(out, "");
        line(out, "Batches: %d, retried %d, abandoned or rolled back %d", batches.size(), retried, rolledBack);
    }

    private static void attention(StringBuilder out, List<PatientOutcome> patients) {
        line(out, "");
        line(out, "Patients needing attention: %d%s", patients.size(),
                patients.size() > ATTENTION_LISTED ? " (first " + ATTENTION_LISTED + " shown; all in the JSON)" : "");
        for (PatientOutcome p : patients.subList(0, Math.min(ATTENTION_LISTED, patients.size()))) {
            line(out, "  DFN %-8d %-22s %-9s q=%.3f %s", p.dfn(), p.state().label(), p.stage().label(),
                    p.qualityScore(), p.reasons().isEmpty() ? "" : p.reasons().get(0));
        }
    }

    private static String human(long millis) {
        Duration d = Duration.ofMillis(millis);
        return String.format(Locale.ROOT, "%dh %02dm %02d.%03ds", d.toHours(), d.toMinutesPart(), d.toSecondsPart(),
                d.toMillisPart());
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
