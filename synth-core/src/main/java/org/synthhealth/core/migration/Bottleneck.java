package org.synthhealth.core.migration;

/**
 * The stage that took the largest share of simulated time, and why.
 *
 * @param shareOfTime its share of all simulated stage time, in [0, 1]
 * @param reason a sentence naming what made it slow (retries, throttling, volume)
 */
public record Bottleneck(MigrationStage stage, double shareOfTime, String reason) {
}
