package org.synthhealth.core.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The cohort profile: counts per table, realised beside configured distributions, condition prevalence by age. */
final class CohortSection {

    private CohortSection() {
    }

    static String render(CohortFigures cohort) {
        StringBuilder html = new StringBuilder(16_384);
        html.append("<section id=\"cohort\" aria-labelledby=\"cohort-h\">\n<h2 id=\"cohort-h\">Cohort profile</h2>\n")
                .append("<p class=\"lead\">Does the cohort look like the population that was asked for? Each ")
                .append("distribution shows the configured share beside the share the cohort realised.</p>\n");
        html.append("<div class=\"cards\">")
                .append(Cards.card("Patients", Long.toString(cohort.patients()), "cohort.patients"))
                .append(Cards.card("Seed", Long.toString(cohort.seed()), "cohort.seed"))
                .append("</div>\n");

        List<String> tables = new ArrayList<>(cohort.tableCounts().keySet());
        List<Double> counts = new ArrayList<>();
        for (long count : cohort.tableCounts().values()) {
            counts.add((double) count);
        }
        html.append(new BarChart("tables", "Rows per table", "Rows", tables,
                List.of(new Series("Rows", counts)), ValueFormat.INTEGER, "tables").render());

        int n = 0;
        for (CohortFigures.DistributionFigures d : cohort.distributions()) {
            html.append("<h3>").append(Html.escape(d.name())).append("</h3>\n");
            if (!d.described()) {
                html.append("<p>No patient in this cohort is described by it: "
                        + "the realised shares are all 0.</p>\n");
            }
            html.append(new BarChart("dist-" + n++, d.name() + ": configured and realised shares", "Share of patients",
                    d.categories(), List.of(new Series("configured", d.configured()),
                            new Series("realised", d.realised())),
                    ValueFormat.PERCENT, "distribution." + d.name()).render());
        }

        if (!cohort.conditionPrevalence().isEmpty()) {
            html.append("<h3>Condition prevalence by age band</h3>\n");
            List<String> conditions = new ArrayList<>(cohort.conditionPrevalence().keySet());
            List<Series> bands = new ArrayList<>();
            for (int b = 0; b < cohort.ageBands().size(); b++) {
                List<Double> shares = new ArrayList<>();
                for (Map.Entry<String, List<Double>> e : cohort.conditionPrevalence().entrySet()) {
                    shares.add(e.getValue().get(b));
                }
                bands.add(new Series(cohort.ageBands().get(b), shares));
            }
            html.append(new BarChart("prevalence", "Share of patients with each condition, by age band",
                    "Share of the age band", conditions, bands, ValueFormat.PERCENT, "prevalence").render());
        }
        return html.append("</section>\n").toString();
    }
}
