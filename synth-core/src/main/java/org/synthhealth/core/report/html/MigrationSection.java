package org.synthhealth.core.report.html;

import java.util.ArrayList;
import java.util.List;

/** The migration dashboard for one run: headline figures, bottleneck, funnel, failures, timings, quality. */
final class MigrationSection {

    private MigrationSection() {
    }

    static String render(MigrationFigures run, String id) {
        StringBuilder html = new StringBuilder(32_768);
        String p = id + ".";
        html.append("<section id=\"").append(id).append("\" aria-labelledby=\"").append(id).append("-h\">\n")
                .append("<h2 id=\"").append(id).append("-h\">Migration: ").append(Html.escape(run.strategy()))
                .append(" strategy</h2>\n");
        long migrated = run.outcomes().getOrDefault("migrated", 0L)
                + run.outcomes().getOrDefault("migrated_with_defects", 0L);
        html.append("<div class=\"cards\">")
                .append(Cards.card("Patients", Long.toString(run.totalPatients()), p + "total_patients"))
                .append(Cards.card("Migrated (incl. with defects)", Long.toString(migrated), p + "migrated"))
                .append(Cards.card("Throughput, patients per simulated minute",
                        Html.number(run.throughputPerMinute(), 1), p + "throughput_per_minute"))
                .append(Cards.card("Makespan, simulated minutes", Html.number(run.makespanMinutes(), 1),
                        p + "makespan_minutes"))
                .append(Cards.card("Mean quality", Html.number(run.qualityMean(), 3), p + "quality.mean"))
                .append(Cards.card("Quality p5", Html.number(run.qualityP5(), 3), p + "quality.p5"))
                .append("</div>\n");
        if (run.rolledBack()) {
            html.append("<p class=\"callout\" role=\"alert\"><strong>The whole migration was rolled back:</strong> ")
                    .append("failures passed the threshold, so the target holds no patient from this run.</p>\n");
        }
        html.append("<p class=\"callout\"><strong>Bottleneck: <span data-metric=\"").append(p).append("bottleneck\">")
                .append(Html.escape(run.bottleneckStage())).append("</span>.</strong> ")
                .append(Html.escape(run.bottleneckReason())).append("</p>\n");

        html.append(outcomes(run, p));
        html.append(funnel(run, p));
        html.append(failures(run, p));
        html.append(timings(run, p));
        html.append(throughput(run, id));
        html.append(new Histogram(id + "-quality", "Quality score per patient", 0, 1, run.histogram(),
                run.minimumQuality(), "minimum " + Html.number(run.minimumQuality(), 2), p + "quality.").render());
        html.append(AttentionTable.render(run.attention(), id));
        return html.append("</section>\n").toString();
    }

    private static String outcomes(MigrationFigures run, String p) {
        List<String> states = new ArrayList<>(run.outcomes().keySet());
        List<Double> counts = new ArrayList<>();
        for (long c : run.outcomes().values()) {
            counts.add((double) c);
        }
        return new BarChart(p + "outcomes", "Final state of every patient", "Patients", states,
                List.of(new Series("Patients", counts)), ValueFormat.INTEGER, p + "outcomes").render();
    }

    private static String funnel(MigrationFigures run, String p) {
        List<String> stages = new ArrayList<>();
        List<Double> attempted = new ArrayList<>();
        List<Double> succeeded = new ArrayList<>();
        List<Double> quarantined = new ArrayList<>();
        List<Double> failed = new ArrayList<>();
        for (MigrationFigures.StageFigures s : run.stages()) {
            stages.add(s.stage());
            attempted.add((double) s.attempted());
            succeeded.add((double) s.succeeded());
            quarantined.add((double) s.quarantined());
            failed.add((double) s.failed());
        }
        StringBuilder rates = new StringBuilder("<p>Success rate per stage: ");
        for (MigrationFigures.StageFigures s : run.stages()) {
            rates.append(Html.escape(s.stage())).append(" <strong data-metric=\"").append(p).append("stages.")
                    .append(Html.escape(s.stage())).append(".success_rate\">").append(Html.percent(s.successRate()))
                    .append("</strong>; ");
        }
        return new BarChart(p + "funnel", "Stage funnel: patients attempted, succeeded, quarantined and failed",
                "Patients", stages, List.of(new Series("attempted", attempted), new Series("succeeded", succeeded),
                        new Series("quarantined", quarantined), new Series("failed", failed)),
                ValueFormat.INTEGER, p + "funnel").render() + rates.append("</p>\n");
    }

    private static String failures(MigrationFigures run, String p) {
        if (run.failures().isEmpty()) {
            return "<p class=\"callout ok\">No errors were injected or observed.</p>\n";
        }
        List<String> labels = new ArrayList<>();
        List<Double> counts = new ArrayList<>();
        for (MigrationFigures.FailureCount f : run.failures()) {
            labels.add(f.stage() + ": " + f.type());
            counts.add((double) f.count());
        }
        return new BarChart(p + "failures", "Errors by type and stage", "Occurrences", labels,
                List.of(new Series("Errors", counts)), ValueFormat.INTEGER, p + "errors").render();
    }

    private static String timings(MigrationFigures run, String p) {
        List<String> stages = new ArrayList<>();
        List<Double> mean = new ArrayList<>();
        List<Double> p50 = new ArrayList<>();
        List<Double> p95 = new ArrayList<>();
        for (MigrationFigures.StageFigures s : run.stages()) {
            stages.add(s.stage());
            mean.add(s.meanSeconds());
            p50.add(s.p50Seconds());
            p95.add(s.p95Seconds());
        }
        return new BarChart(p + "timing", "Simulated time per patient in each stage", "Seconds", stages,
                List.of(new Series("mean", mean), new Series("p50", p50), new Series("p95", p95)),
                ValueFormat.SECONDS, p + "timing").render();
    }

    private static String throughput(MigrationFigures run, String id) {
        if (run.throughputOverTime().isEmpty()) {
            return "";
        }
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (double[] point : run.throughputOverTime()) {
            xs.add(point[0]);
            ys.add(point[1]);
        }
        return new LineChart(id + "-throughput", "Patients finished over simulated time", "Simulated minutes",
                "Patients finished", xs, List.of(new Series("finished", ys))).render();
    }
}
