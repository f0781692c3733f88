package org.synthhealth.core.report.html;

/** Headline figures shown as small cards. */
final class Cards {

    private Cards() {
    }

    static String card(String label, String figure, String metric) {
        return "<div class=\"card\"><span class=\"label\">" + Html.escape(label) + "</span><span class=\"figure\""
                + " data-metric=\"" + Html.escape(metric) + "\">" + Html.escape(figure) + "</span></div>";
    }
}
