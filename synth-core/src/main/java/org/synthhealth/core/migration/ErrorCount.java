package org.synthhealth.core.migration;

/**
 * How often one kind of error struck at one stage.
 *
 * @param type the error kind, for example {@code network_failure}, {@code system_overload},
 *     {@code corruption.shifted_date} or {@code validation.dates_in_order}
 * @param stage the stage where it struck
 * @param count how many times (a retried call that failed twice counts twice)
 */
public record ErrorCount(String type, MigrationStage stage, long count) {
}
