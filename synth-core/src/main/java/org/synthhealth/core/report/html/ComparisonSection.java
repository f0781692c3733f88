package org.synthhealth.core.report.html;

import java.util.ArrayList;
import java.util.List;

/** Side-by-side figures when several strategies ran on the same cohort. */
final class ComparisonSection {

    private ComparisonSection() {
    }

    static String render(List<MigrationFigures> runs) {
        List<String> strategies = new ArrayList<>();
        List<Double> success = new ArrayList<>();
        List<Double> quality = new ArrayList<>();
        StringBuilder rows = new StringBuilder();
        for (MigrationFigures run : runs) {
            long migrated = run.outcomes().getOrDefault("migrated", 0L)
                    + run.outcomes().getOrDefault("migrated_with_defects", 0L);
            double share = run.totalPatients() == 0 ? 0 : (double) migrated / run.totalPatients();
            strategies.add(run.strategy());
            success.add(share);
            quality.add(run.qualityMean());
            rows.append("<tr><th scope=\"row\">").append(Html.escape(run.strategy())).append("</th>")
                    .append("<td class=\"num\">").append(Html.percent(share)).append("</td>")
                    .append("<td class=\"num\">").append(Html.number(run.qualityMean(), 3)).append("</td>")
                    .append("<td class=\"num\">").append(Html.number(run.throughputPerMinute(), 1)).append("</td>")
                    .append("<td class=\"num\">").append(Html.number(run.makespanMinutes(), 1)).append("</td>")
                    .append("<td>").append(Html.escape(run.bottleneckStage())).append("</td>")
                    .append("<td>").append(run.rolledBack() ? "yes" : "no").append("</td></tr>\n");
        }
        return "<section id=\"comparison\" aria-labelledby=\"comparison-h\">\n"
                + "<h2 id=\"comparison-h\">Strategies compared</h2>\n"
                + "<table>\n<thead><tr><th scope=\"col\">Strategy</th><th scope=\"col\" class=\"num\">Migrated</th>"
                + "<th scope=\"col\" class=\"num\">Mean quality</th>"
                + "<th scope=\"col\" class=\"num\">Patients per simulated minute</th>"
                + "<th scope=\"col\" class=\"num\">Makespan (simulated minutes)</th>"
                + "<th scope=\"col\">Bottleneck</th><th scope=\"col\">Rolled back</th></tr></thead>\n<tbody>\n"
                + rows + "</tbody>\n</table>\n"
                + new BarChart("comparison-chart", "Share migrated and mean quality by strategy", "Share",
                        strategies, List.of(new Series("migrated", success), new Series("mean quality", quality)),
                        ValueFormat.PERCENT, "comparison").render()
                + "</section>\n";
    }
}
