package org.synthhealth.core.migration.internal.fault;

import org.synthhealth.core.migration.MigrationStage;

/**
 * One fault that struck a patient in flight.
 *
 * @param type the fault kind, for example {@code corruption.shifted_date} or {@code degradation.lost_row}
 * @param stage the stage during which it struck
 * @param detail which field and how, for the report
 */
public record Fault(String type, MigrationStage stage, String detail) {
}
