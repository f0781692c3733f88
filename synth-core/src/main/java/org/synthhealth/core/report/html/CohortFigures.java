package org.synthhealth.core.report.html;

import java.util.List;
import java.util.Map;

/**
 * The figures of a generated cohort that the profile shows.
 *
 * @param tableCounts rows per table, in table order
 * @param distributions realised beside configured shares, one entry per distribution (age bands, gender, race, SDOH)
 * @param conditionPrevalence per condition, the share of patients in each age band who have it
 */
public record CohortFigures(
        long patients,
        long seed,
        Map<String, Long> tableCounts,
        List<DistributionFigures> distributions,
        List<String> ageBands,
        Map<String, List<Double>> conditionPrevalence) {

    /**
     * One configured distribution and the shares the cohort realised.
     *
     * @param described whether any patient of the cohort is described by it (the adult-only ones describe none in a
     *     cohort of children); when not, the realised shares are all 0 and the page says why
     */
    public record DistributionFigures(String name, List<String> categories, List<Double> configured,
            List<Double> realised, boolean described) {
    }
}
