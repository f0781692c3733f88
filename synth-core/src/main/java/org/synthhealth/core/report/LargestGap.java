package org.synthhealth.core.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The category whose realised share lies furthest from its configured share, over every distribution that describes
 * at least one patient of the cohort: the console's one-line answer to "did the cohort follow the configuration?".
 *
 * @param distribution the distribution's name, as in the report ({@code race_dist})
 * @param category the category
 * @param configured its configured share, 0 to 1
 * @param realised its realised share, 0 to 1
 */
record LargestGap(String distribution, String category, double configured, double realised) {

    /** The largest gap among {@code distributions}, or none when no distribution describes a patient. */
    static Optional<LargestGap> of(List<DistributionComparison> distributions) {
        LargestGap largest = null;
        for (DistributionComparison d : distributions) {
            if (d.patients() == 0) {
                continue;
            }
            for (int i = 0; i < d.categories().size(); i++) {
                LargestGap gap = new LargestGap(d.name(), d.categories().get(i), d.configured().get(i),
                        d.realised().get(i));
                if (largest == null || gap.points() > largest.points()) {
                    largest = gap;
                }
            }
        }
        return Optional.ofNullable(largest);
    }

    /** The gap in percentage points. */
    double points() {
        return 100 * Math.abs(realised - configured);
    }

    /** The console line. */
    String line() {
        return String.format(Locale.ROOT, "Distributions: every realised share within %.1f points of the configured "
                + "one (largest gap: %s %s, configured %.1f%%, realised %.1f%%); --report-file lists them all",
                points(), distribution, category, 100 * configured, 100 * realised);
    }
}
