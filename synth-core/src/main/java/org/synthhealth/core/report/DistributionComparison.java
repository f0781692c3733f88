package org.synthhealth.core.report;

import java.util.List;

/**
 * One configured distribution beside the shares a cohort realised.
 *
 * @param name the YAML key, for example {@code age_dist}
 * @param categories the category labels: the configured ones in their order, then any the cohort added (for example
 *     {@code Not applicable} employment for children, or ages outside every band)
 * @param configured the configured share of each category, 0 for added ones
 * @param realised the share of patients in each category
 * @param counts the number of patients in each category
 * @param patients how many patients the distribution describes: the sum of {@code counts} when each patient falls in
 *     one category, the adults for {@code condition_prevalence}, whose categories (conditions) a patient may have
 *     several or none of; 0 when the cohort has none it applies to, and the realised shares, all 0, then mean nothing
 */
public record DistributionComparison(
        String name,
        List<String> categories,
        List<Double> configured,
        List<Double> realised,
        List<Long> counts,
        long patients) {

    public DistributionComparison {
        categories = List.copyOf(categories);
        configured = List.copyOf(configured);
        realised = List.copyOf(realised);
        counts = List.copyOf(counts);
    }

    /** A distribution whose categories take each patient once, so it describes the patients it counts. */
    public DistributionComparison(String name, List<String> categories, List<Double> configured,
            List<Double> realised, List<Long> counts) {
        this(name, categories, configured, realised, counts, counts.stream().mapToLong(Long::longValue).sum());
    }
}
