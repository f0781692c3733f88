package org.synthhealth.core.report.html;

import java.util.List;

/**
 * The Okabe-Ito colours, chosen because they stay distinguishable under the common forms of colour blindness; charts
 * also print values and use patterns of position, so colour is never the only carrier of meaning.
 */
final class Palette {

    static final String BLUE = "#0072B2";
    static final String ORANGE = "#E69F00";
    static final String GREEN = "#009E73";
    static final String VERMILLION = "#D55E00";
    static final String SKY = "#56B4E9";
    static final String PURPLE = "#CC79A7";
    static final String YELLOW = "#F0E442";
    static final String GREY = "#666666";

    /** Series colours in order of use. */
    static final List<String> SERIES = List.of(BLUE, ORANGE, GREEN, VERMILLION, SKY, PURPLE, GREY);

    private Palette() {
    }

    static String series(int index) {
        return SERIES.get(index % SERIES.size());
    }
}
