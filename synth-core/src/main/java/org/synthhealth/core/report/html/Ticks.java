package org.synthhealth.core.report.html;

import java.util.ArrayList;
import java.util.List;

/** Axis ticks at round values. */
final class Ticks {

    private Ticks() {
    }

    /** The smallest of 1, 2, 2.5 or 5 times a power of ten that is at least {@code value}; 1 for 0. */
    static double niceCeiling(double value) {
        if (value <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }

    /** {@code count + 1} evenly spaced ticks from 0 to {@code max}. */
    static List<Double> of(double max, int count) {
        List<Double> ticks = new ArrayList<>();
        for (int i = 0; i <= count; i++) {
            ticks.add(max * i / count);
        }
        return ticks;
    }
}
