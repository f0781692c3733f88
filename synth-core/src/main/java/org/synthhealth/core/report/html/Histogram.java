package org.synthhealth.core.report.html;

import java.util.ArrayList;
import java.util.List;

/**
 * A vertical histogram drawn as inline SVG, with an optional marked threshold (the configured minimum quality score)
 * drawn as a dashed line and named in the legend.
 */
final class Histogram {

    private static final int WIDTH = 880;
    private static final int HEIGHT = 320;
    private static final int LEFT = 64;
    private static final int RIGHT = 24;
    private static final int TOP = 40;
    private static final int BOTTOM = 60;

    private final String id;
    private final String title;
    private final double low;
    private final double high;
    private final List<Long> counts;
    private final double threshold;
    private final String thresholdLabel;
    private final String metricPrefix;

    /**
     * @param counts one count per equal-width bin from {@code low} to {@code high}
     * @param threshold a value to mark, or {@code NaN} for none
     * @param metricPrefix prefix of the {@code data-metric} keys of the bin counts and the threshold
     */
    Histogram(String id, String title, double low, double high, List<Long> counts, double threshold,
            String thresholdLabel, String metricPrefix) {
        this.id = id;
        this.metricPrefix = metricPrefix;
        this.title = title;
        this.low = low;
        this.high = high;
        this.counts = List.copyOf(counts);
        this.threshold = threshold;
        this.thresholdLabel = thresholdLabel;
    }

    String render() {
        long max = counts.stream().mapToLong(Long::longValue).max().orElse(0);
        double axisMax = Ticks.niceCeiling(max);
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;
        double binW = (double) plotW / Math.max(1, counts.size());

        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-t ").append(id).append("-d\">\n");
        svg.append("<title id=\"").append(id).append("-t\">").append(Html.escape(title)).append("</title>\n");
        svg.append("<desc id=\"").append(id).append("-d\">").append(Html.escape(description())).append("</desc>\n");
        svg.append("<text class=\"chart-title\" x=\"0\" y=\"18\">").append(Html.escape(title)).append("</text>\n");
        for (double tick : Ticks.of(axisMax, 4)) {
            double y = TOP + plotH - plotH * tick / axisMax;
            svg.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" y1=\"").append(Html.coord(y))
                    .append("\" x2=\"").append(LEFT + plotW).append("\" y2=\"").append(Html.coord(y)).append("\"/>\n");
            svg.append("<text class=\"tick\" x=\"").append(LEFT - 6).append("\" y=\"").append(Html.coord(y + 4))
                    .append("\" text-anchor=\"end\">").append(Html.number(tick, 0)).append("</text>\n");
        }
        for (int i = 0; i < counts.size(); i++) {
            long count = counts.get(i);
            double h = axisMax <= 0 ? 0 : plotH * count / axisMax;
            double x = LEFT + i * binW;
            svg.append("<rect x=\"").append(Html.coord(x + 1)).append("\" y=\"").append(Html.coord(TOP + plotH - h))
                    .append("\" width=\"").append(Html.coord(binW - 2)).append("\" height=\"").append(Html.coord(h))
                    .append("\" fill=\"").append(Palette.BLUE).append("\"/>\n");
            if (count > 0) {
                svg.append("<text class=\"value\" data-metric=\"").append(metricPrefix).append("histogram.")
                        .append(i).append("\" x=\"")
                        .append(Html.coord(x + binW / 2)).append("\" y=\"").append(Html.coord(TOP + plotH - h - 4))
                        .append("\" text-anchor=\"middle\">").append(count).append("</text>\n");
            }
            if (i % 2 == 0 || counts.size() <= 10) {
                svg.append("<text class=\"tick\" x=\"").append(Html.coord(x)).append("\" y=\"")
                        .append(TOP + plotH + 16).append("\" text-anchor=\"middle\">")
                        .append(Html.number(edge(i), 2)).append("</text>\n");
            }
        }
        svg.append("<text class=\"tick\" x=\"").append(LEFT + plotW).append("\" y=\"").append(TOP + plotH + 16)
                .append("\" text-anchor=\"middle\">").append(Html.number(high, 2)).append("</text>\n");
        svg.append("<text class=\"axis-label\" x=\"").append(LEFT + plotW / 2).append("\" y=\"")
                .append(TOP + plotH + 40).append("\" text-anchor=\"middle\">Quality score</text>\n");
        svg.append("<text class=\"axis-label\" transform=\"rotate(-90)\" x=\"").append(-(TOP + plotH / 2))
                .append("\" y=\"16\" text-anchor=\"middle\">Patients</text>\n");
        if (!Double.isNaN(threshold)) {
            double x = LEFT + plotW * (threshold - low) / (high - low);
            svg.append("<line class=\"threshold\" x1=\"").append(Html.coord(x)).append("\" y1=\"").append(TOP - 6)
                    .append("\" x2=\"").append(Html.coord(x)).append("\" y2=\"").append(TOP + plotH)
                    .append("\" stroke=\"").append(Palette.VERMILLION).append("\"/>\n");
            svg.append("<text class=\"threshold-label\" x=\"").append(Html.coord(x - 4)).append("\" y=\"")
                    .append(TOP - 10).append("\" text-anchor=\"end\" data-metric=\"").append(metricPrefix)
                    .append("minimum\">")
                    .append(Html.escape(thresholdLabel)).append("</text>\n");
        }
        svg.append("</svg>\n");

        List<String> bins = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            bins.add(Html.number(edge(i), 2) + " to " + Html.number(edge(i + 1), 2));
            values.add((double) counts.get(i));
        }
        return "<figure>\n" + svg
                + DataTable.render(title, bins, List.of(new Series("Patients", values)), ValueFormat.INTEGER)
                + "</figure>\n";
    }

    private double edge(int bin) {
        return low + (high - low) * bin / counts.size();
    }

    private String description() {
        StringBuilder d = new StringBuilder(title).append(". ");
        for (int i = 0; i < counts.size(); i++) {
            d.append(Html.number(edge(i), 2)).append(" to ").append(Html.number(edge(i + 1), 2)).append(": ")
                    .append(counts.get(i)).append(i + 1 < counts.size() ? "; " : ".");
        }
        if (!Double.isNaN(threshold)) {
            d.append(' ').append(thresholdLabel).append('.');
        }
        return d.toString();
    }
}
