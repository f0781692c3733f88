package org.synthhealth.core.report.html;

import java.util.List;

/** The sortable table of patients needing attention. */
final class AttentionTable {

    private static final int LIMIT = 500;

    private AttentionTable() {
    }

    static String render(List<MigrationFigures.AttentionRow> rows, String id) {
        StringBuilder html = new StringBuilder(16_384);
        html.append("<h3 id=\"").append(id).append("-attention\">Patients needing attention (")
                .append("<span data-metric=\"").append(id).append(".attention_count\">").append(rows.size())
                .append("</span>)</h3>\n");
        if (rows.isEmpty()) {
            return html.append("<p>None: every patient migrated cleanly at or above the minimum quality.</p>\n")
                    .toString();
        }
        if (rows.size() > LIMIT) {
            html.append("<p>The first ").append(LIMIT).append(" are listed; the JSON report has all of them.</p>\n");
        }
        html.append("<table class=\"sortable\" aria-describedby=\"").append(id).append("-attention\">\n<thead><tr>")
                .append("<th scope=\"col\"><button type=\"button\">Patient id</button></th>")
                .append("<th scope=\"col\"><button type=\"button\">State</button></th>")
                .append("<th scope=\"col\"><button type=\"button\">Stage</button></th>")
                .append("<th scope=\"col\"><button type=\"button\">Reason</button></th>")
                .append("<th scope=\"col\" class=\"num\"><button type=\"button\">Score</button></th>")
                .append("</tr></thead>\n<tbody>\n");
        for (MigrationFigures.AttentionRow row : rows.subList(0, Math.min(LIMIT, rows.size()))) {
            html.append("<tr><td><code>").append(Html.escape(row.patientId())).append("</code></td><td>")
                    .append(Html.escape(row.state())).append("</td><td>").append(Html.escape(row.stage()))
                    .append("</td><td>").append(Html.escape(row.reason()))
                    .append("</td><td class=\"num\" data-value=\"")
                    .append(Html.number(row.score(), 4)).append("\">").append(Html.number(row.score(), 3))
                    .append("</td></tr>\n");
        }
        return html.append("</tbody>\n</table>\n").toString();
    }
}
