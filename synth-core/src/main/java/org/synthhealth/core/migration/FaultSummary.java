package org.synthhealth.core.migration;

/**
 * What became of the patients one kind of injected fault struck: caught by transform or validation, slipped through
 * into the target, or overtaken by another failure.
 *
 * @param type the fault kind, for example {@code corruption.shifted_date}
 * @param injected how many patients it struck (in their final attempt)
 * @param caught of those, quarantined
 * @param slipped of those, in the target
 * @param otherwise of those, failed or rolled back for another reason
 */
public record FaultSummary(String type, long injected, long caught, long slipped, long otherwise) {
}
