package org.synthhealth.core.report.html;

import java.util.List;

/** The values of a chart as a plain table, the chart's text alternative, folded under a summary. */
final class DataTable {

    private DataTable() {
    }

    static String render(String title, List<String> categories, List<Series> series, ValueFormat format) {
        StringBuilder t = new StringBuilder(1024);
        t.append("<details class=\"data\"><summary>Values: ").append(Html.escape(title))
                .append("</summary>\n<table>\n<thead><tr><th scope=\"col\"></th>");
        for (Series s : series) {
            t.append("<th scope=\"col\">").append(Html.escape(s.name())).append("</th>");
        }
        t.append("</tr></thead>\n<tbody>\n");
        for (int c = 0; c < categories.size(); c++) {
            t.append("<tr><th scope=\"row\">").append(Html.escape(categories.get(c))).append("</th>");
            for (Series s : series) {
                t.append("<td>").append(Html.escape(format.format(s.values().get(c)))).append("</td>");
            }
            t.append("</tr>\n");
        }
        t.append("</tbody>\n</table>\n</details>\n");
        return t.toString();
    }
}
