package org.synthhealth.core.report.html;

import java.util.ArrayList;
import java.util.List;

/** A line chart over simulated time drawn as inline SVG, one line per series, with points and axes. */
final class LineChart {

    private static final int WIDTH = 880;
    private static final int HEIGHT = 300;
    private static final int LEFT = 70;
    private static final int RIGHT = 24;
    private static final int TOP = 40;
    private static final int BOTTOM = 56;

    private final String id;
    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final List<Double> xs;
    private final List<Series> series;

    LineChart(String id, String title, String xLabel, String yLabel, List<Double> xs, List<Series> series) {
        this.id = id;
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        this.xs = List.copyOf(xs);
        this.series = List.copyOf(series);
    }

    String render() {
        double xMax = Ticks.niceCeiling(xs.stream().mapToDouble(Double::doubleValue).max().orElse(1));
        double yMax = Ticks.niceCeiling(series.stream().flatMap(s -> s.values().stream())
                .mapToDouble(Double::doubleValue).max().orElse(1));
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;

        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-t ").append(id).append("-d\">\n");
        svg.append("<title id=\"").append(id).append("-t\">").append(Html.escape(title)).append("</title>\n");
        svg.append("<desc id=\"").append(id).append("-d\">").append(Html.escape(title))
                .append(": see the table of values below.</desc>\n");
        svg.append("<text class=\"chart-title\" x=\"0\" y=\"18\">").append(Html.escape(title)).append("</text>\n");
        for (double tick : Ticks.of(yMax, 4)) {
            double y = TOP + plotH - plotH * tick / yMax;
            svg.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" y1=\"").append(Html.coord(y))
                    .append("\" x2=\"").append(LEFT + plotW).append("\" y2=\"").append(Html.coord(y)).append("\"/>\n");
            svg.append("<text class=\"tick\" x=\"").append(LEFT - 6).append("\" y=\"").append(Html.coord(y + 4))
                    .append("\" text-anchor=\"end\">").append(Html.number(tick, 0)).append("</text>\n");
        }
        for (double tick : Ticks.of(xMax, 5)) {
            double x = LEFT + plotW * tick / xMax;
            svg.append("<text class=\"tick\" x=\"").append(Html.coord(x)).append("\" y=\"").append(TOP + plotH + 16)
                    .append("\" text-anchor=\"middle\">").append(Html.number(tick, 0)).append("</text>\n");
        }
        svg.append("<text class=\"axis-label\" x=\"").append(LEFT + plotW / 2).append("\" y=\"")
                .append(TOP + plotH + 38).append("\" text-anchor=\"middle\">").append(Html.escape(xLabel))
                .append("</text>\n");
        svg.append("<text class=\"axis-label\" transform=\"rotate(-90)\" x=\"").append(-(TOP + plotH / 2))
                .append("\" y=\"16\" text-anchor=\"middle\">").append(Html.escape(yLabel)).append("</text>\n");
        for (int s = 0; s < series.size(); s++) {
            StringBuilder points = new StringBuilder();
            List<Double> ys = series.get(s).values();
            for (int i = 0; i < xs.size(); i++) {
                double x = LEFT + plotW * xs.get(i) / xMax;
                double y = TOP + plotH - plotH * ys.get(i) / yMax;
                points.append(Html.coord(x)).append(',').append(Html.coord(y)).append(' ');
            }
            svg.append("<polyline fill=\"none\" stroke-width=\"2.5\" stroke=\"").append(Palette.series(s))
                    .append("\" points=\"").append(points.toString().trim()).append("\"/>\n");
        }
        svg.append("</svg>\n");
        List<String> categories = new ArrayList<>();
        for (double x : xs) {
            categories.add(Html.number(x, 1));
        }
        return "<figure>\n" + svg + DataTable.render(title + " (" + xLabel + ")", categories, series,
                ValueFormat.DECIMAL) + "</figure>\n";
    }
}
