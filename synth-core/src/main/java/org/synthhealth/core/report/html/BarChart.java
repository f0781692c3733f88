package org.synthhealth.core.report.html;

import java.util.List;

/**
 * A horizontal grouped bar chart drawn as inline SVG: one group of bars per category, one bar per series, each bar
 * labelled with its value, an x axis with ticks and a title. Accessible: {@code role="img"} with a title and a
 * description, and a data table beside it as a text alternative. A value that is not known (NaN, such as the mean
 * quality of a run where no patient was scored) gets no bar and the label "n/a".
 */
final class BarChart {

    private static final int WIDTH = 960;
    private static final int LABEL_WIDTH = 320;
    private static final int VALUE_ROOM = 80;
    private static final int BAR_HEIGHT = 16;
    private static final int GROUP_GAP = 12;
    private static final int TOP = 34;
    private static final int AXIS_ROOM = 44;

    private final String id;
    private final String title;
    private final String axisLabel;
    private final List<String> categories;
    private final List<Series> series;
    private final ValueFormat format;
    private final String metricPrefix;

    /**
     * @param metricPrefix prefix of the {@code data-metric} attribute each value label carries, so a test can find
     *     the figure shown for (category, series); empty for none
     */
    BarChart(String id, String title, String axisLabel, List<String> categories, List<Series> series,
            ValueFormat format, String metricPrefix) {
        this.id = id.replace('.', '-');
        this.title = title;
        this.axisLabel = axisLabel;
        this.categories = List.copyOf(categories);
        this.series = List.copyOf(series);
        this.format = format;
        this.metricPrefix = metricPrefix;
    }

    String render() {
        double max = 0;
        for (Series s : series) {
            for (double v : s.values()) {
                max = Double.isNaN(v) ? max : Math.max(max, v);
            }
        }
        double axisMax = format == ValueFormat.PERCENT ? Math.max(1.0, max) : Ticks.niceCeiling(max);
        int groupHeight = series.size() * BAR_HEIGHT + GROUP_GAP;
        int plotHeight = categories.size() * groupHeight;
        int height = TOP + plotHeight + AXIS_ROOM + (series.size() > 1 ? 24 : 0);
        int plotWidth = WIDTH - LABEL_WIDTH - VALUE_ROOM;

        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-t ").append(id).append("-d\">\n");
        svg.append("<title id=\"").append(id).append("-t\">").append(Html.escape(title)).append("</title>\n");
        svg.append("<desc id=\"").append(id).append("-d\">").append(Html.escape(description())).append("</desc>\n");
        svg.append("<text class=\"chart-title\" x=\"0\" y=\"18\">").append(Html.escape(title)).append("</text>\n");

        double x0 = LABEL_WIDTH;
        for (double tick : Ticks.of(axisMax, 5)) {
            double x = x0 + plotWidth * tick / axisMax;
            svg.append("<line class=\"grid\" x1=\"").append(Html.coord(x)).append("\" y1=\"").append(TOP)
                    .append("\" x2=\"").append(Html.coord(x)).append("\" y2=\"").append(TOP + plotHeight)
                    .append("\"/>\n");
            svg.append("<text class=\"tick\" x=\"").append(Html.coord(x)).append("\" y=\"")
                    .append(TOP + plotHeight + 16).append("\" text-anchor=\"middle\">")
                    .append(Html.escape(format.format(tick))).append("</text>\n");
        }
        svg.append("<text class=\"axis-label\" x=\"").append(Html.coord(x0 + plotWidth / 2.0)).append("\" y=\"")
                .append(TOP + plotHeight + 36).append("\" text-anchor=\"middle\">").append(Html.escape(axisLabel))
                .append("</text>\n");

        for (int c = 0; c < categories.size(); c++) {
            double groupTop = TOP + c * groupHeight;
            svg.append("<text class=\"category\" x=\"").append(LABEL_WIDTH - 8).append("\" y=\"")
                    .append(Html.coord(groupTop + series.size() * BAR_HEIGHT / 2.0 + 4))
                    .append("\" text-anchor=\"end\">").append(Html.escape(categories.get(c))).append("</text>\n");
            for (int s = 0; s < series.size(); s++) {
                double value = series.get(s).values().get(c);
                boolean known = !Double.isNaN(value);
                double w = axisMax <= 0 || !known ? 0 : plotWidth * value / axisMax;
                double y = groupTop + s * BAR_HEIGHT;
                if (known) {
                    svg.append("<rect x=\"").append(Html.coord(x0)).append("\" y=\"").append(Html.coord(y + 1))
                            .append("\" width=\"").append(Html.coord(Math.max(w, 0.5))).append("\" height=\"")
                            .append(BAR_HEIGHT - 2).append("\" fill=\"").append(Palette.series(s))
                            .append("\"/>\n");
                }
                svg.append("<text class=\"value\"");
                if (!metricPrefix.isEmpty()) {
                    svg.append(" data-metric=\"").append(Html.escape(metricKey(c, s))).append('"');
                }
                svg.append(" x=\"").append(Html.coord(x0 + Math.max(w, 0.5) + 4)).append("\" y=\"")
                        .append(Html.coord(y + BAR_HEIGHT - 4)).append("\">")
                        .append(Html.escape(format.format(value))).append("</text>\n");
            }
        }
        if (series.size() > 1) {
            double ly = TOP + plotHeight + AXIS_ROOM + 8;
            double lx = LABEL_WIDTH;
            for (int s = 0; s < series.size(); s++) {
                svg.append("<rect x=\"").append(Html.coord(lx)).append("\" y=\"").append(Html.coord(ly))
                        .append("\" width=\"12\" height=\"12\" fill=\"").append(Palette.series(s)).append("\"/>\n");
                svg.append("<text class=\"legend\" x=\"").append(Html.coord(lx + 16)).append("\" y=\"")
                        .append(Html.coord(ly + 11)).append("\">").append(Html.escape(series.get(s).name()))
                        .append("</text>\n");
                lx += 28 + 7.5 * series.get(s).name().length();
            }
        }
        svg.append("</svg>\n");
        return "<figure>\n" + svg + DataTable.render(title, categories, series, format) + "</figure>\n";
    }

    private String metricKey(int category, int seriesIndex) {
        String key = metricPrefix + "." + categories.get(category);
        return series.size() > 1 ? key + "." + series.get(seriesIndex).name() : key;
    }

    private String description() {
        StringBuilder d = new StringBuilder(title).append(". ");
        for (int c = 0; c < categories.size(); c++) {
            d.append(categories.get(c)).append(": ");
            for (int s = 0; s < series.size(); s++) {
                if (series.size() > 1) {
                    d.append(series.get(s).name()).append(' ');
                }
                d.append(format.format(series.get(s).values().get(c)));
                d.append(s + 1 < series.size() ? ", " : "");
            }
            d.append(c + 1 < categories.size() ? "; " : ".");
        }
        return d.toString();
    }
}
