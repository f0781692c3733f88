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
 */
public record DistributionComparison(
        String name,
        List<String> categories,
        List<Double> configured,
        List<Double> realised,
        List<Long> counts) {

    public DistributionComparison {
        categories = List.copyOf(categories);
        configured = List.copyOf(configured);
        realised = List.copyOf(realised);
        counts = List.copyOf(counts);
    }

    /**
     * How many patients the distribution describes; 0 when the cohort has none it applies to (no adults for the
     * adult-only ones), and the realised shares, all 0, then mean nothing.
     */
    public long patients() {
        return counts.stream().mapToLong(Long::longValue).sum();
    }
}
