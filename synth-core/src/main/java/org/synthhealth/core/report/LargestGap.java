package org.synthhealth.core.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The category whose realised share lies furthest from its configured share, over every distribution that describes
 * at least one patient of the cohort: the console's one-line answer to "did the cohort follow the configuration?".
 *
 * <p>A random draw never lands exactly on its weights, so a gap is called more than chance explains only beyond
 * {@value #STANDARD_ERRORS} standard errors of the configured share over the distribution's patients
 * ({@link #tolerancePoints()}): about 1.4 points for a 10 % share among the 7,800 adults of a 10,000-patient default
 * cohort, 5 points among 600. When such gaps exist the line names the largest of them instead.
 *
 * @param distribution the distribution's name, as in the report ({@code race_dist})
 * @param category the category
 * @param configured its configured share, 0 to 1
 * @param realised its realised share, 0 to 1
 * @param patients how many patients the distribution describes
 */
record LargestGap(String distribution, String category, double configured, double realised, long patients) {

    /** How many standard errors of a share drawn at the configured rate a gap may reach by chance. */
    static final double STANDARD_ERRORS = 4;

    /** The smallest gap called beyond chance: a share of 0 or 1 has no standard error, and the report rounds. */
    static final double MIN_POINTS = 0.05;
    /** The comparisons of social history, whose draws follow age (as {@link CohortProfile} names them). */
    private static final Set<String> SOCIAL_HISTORY = Set.of("smoking_dist (adults)", "alcohol_dist (adults)",
            "education_dist (adults)", "employment_dist (adults)", "housing_dist");

    /**
     * The gap to report among {@code distributions}: the largest of those beyond chance, else the largest; none when
     * no distribution describes a patient.
     */
    static Optional<LargestGap> of(List<DistributionComparison> distributions) {
        LargestGap largest = null;
        LargestGap largestBeyondChance = null;
        for (DistributionComparison d : distributions) {
            if (d.patients() == 0) {
                continue;
            }
            for (int i = 0; i < d.categories().size(); i++) {
                LargestGap gap = new LargestGap(d.name(), d.categories().get(i), d.configured().get(i),
                        d.realised().get(i), d.patients());
                if (largest == null || gap.points() > largest.points()) {
                    largest = gap;
                }
                if (gap.beyondChance() && (largestBeyondChance == null
                        || gap.points() > largestBeyondChance.points())) {
                    largestBeyondChance = gap;
                }
            }
        }
        return Optional.ofNullable(largestBeyondChance != null ? largestBeyondChance : largest);
    }

    /** The gap in percentage points. */
    double points() {
        return 100 * Math.abs(realised - configured);
    }

    /** The largest gap in points that chance explains for this share and number of patients. */
    double tolerancePoints() {
        return 100 * STANDARD_ERRORS * Math.sqrt(configured * (1 - configured) / patients);
    }

    /** Whether the gap is larger than chance explains (rounding of a tenth of a point aside). */
    boolean beyondChance() {
        return points() > Math.max(tolerancePoints(), MIN_POINTS);
    }

    /** The console line. */
    String line() {
        if (beyondChance()) {
            // Social history follows age, and a default share is met over the US population's ages, not the
            // cohort's, so either way a gap may come from the ages. Elsewhere age rules only keep a category from
            // some patients: they can explain a shortfall, not a surplus.
            String why = SOCIAL_HISTORY.contains(distribution) ? ": social history follows age, so the cohort's ages "
                    + "may explain part of it (see the age rules in engine.md)"
                    : realised < configured ? ": the cohort's ages may rule part of it out (see the age rules in "
                    + "engine.md)" : "";
            return String.format(Locale.ROOT, "Distributions: a realised share is %.1f points from the configured "
                    + "one, where chance explains at most %.1f (%s %s, configured %.1f%%, realised %.1f%%)%s; "
                    + "--report-file lists them all", points(), Math.max(tolerancePoints(), MIN_POINTS), distribution,
                    category, 100 * configured, 100 * realised, why);
        }
        return String.format(Locale.ROOT, "Distributions: every realised share within %.1f points of the configured "
                + "one (largest gap: %s %s, configured %.1f%%, realised %.1f%%); --report-file lists them all",
                points(), distribution, category, 100 * configured, 100 * realised);
    }
}
