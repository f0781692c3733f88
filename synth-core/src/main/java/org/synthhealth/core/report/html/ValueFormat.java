package org.synthhealth.core.report.html;

/** How a chart writes its values. */
enum ValueFormat {
    INTEGER, DECIMAL, PERCENT, SECONDS;

    String format(double value) {
        return switch (this) {
            case INTEGER -> Html.number(value, 0);
            case DECIMAL -> Html.number(value, 3);
            case PERCENT -> Html.percent(value);
            case SECONDS -> Html.number(value, 1) + " s";
        };
    }
}
