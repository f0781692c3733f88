package org.synthhealth.core.migration.internal.validate;

import org.synthhealth.core.migration.SubStage;

/**
 * One broken rule.
 *
 * @param rule the rule's name, for example {@code dates_in_order}
 * @param subStage the validation step that enforces it
 * @param message what was wrong and where, for the report
 */
public record Violation(String rule, SubStage subStage, String message) {
}
