package org.synthhealth.core.report.html;

import java.util.List;

/** One named row of values in a chart, one value per category. */
record Series(String name, List<Double> values) {

    Series {
        values = List.copyOf(values);
    }
}
