package org.synthhealth.core.migration.internal.clock;

/**
 * The simulated result of one call to the source or target, retries included.
 *
 * @param succeeded whether it got through within the retry limit
 * @param millis simulated time spent, back-off included
 * @param networkFailures transient network faults met
 * @param throttles times the overloaded system refused the call
 * @param overloaded whether any attempt met an overloaded system
 */
public record CallOutcome(boolean succeeded, long millis, int networkFailures, int throttles, boolean overloaded) {
}
