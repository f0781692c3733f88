package org.synthhealth.core.migration;

/**
 * Patients finished during one simulated minute, for plotting throughput over time.
 *
 * @param minute the minute from the start of the migration, from 0
 * @param finished patients whose batch finished during that minute, whatever their state
 * @param migrated of those, the patients that ended in the target
 * @param cumulativeMigrated patients in the target by the end of that minute
 */
public record ThroughputPoint(long minute, long finished, long migrated, long cumulativeMigrated) {
}
