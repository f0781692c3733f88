package org.synthhealth.core.migration;

/**
 * What happened to one batch, for timelines: which worker took it, when, and whether it was committed.
 *
 * @param number the batch number, from 1
 * @param worker the simulated worker that ran it, from 1 (always 1 unless the strategy is parallel)
 * @param size patients in the batch
 * @param startMillis simulated start, in milliseconds from the start of the migration
 * @param endMillis simulated end, including retries
 * @param attempts how many times it ran (more than 1 after a rollback and retry)
 * @param failureRate the share of its patients that failed or were quarantined in its last attempt
 * @param committed whether its loaded patients stayed in the target
 */
public record BatchReport(
        int number, int worker, int size, long startMillis, long endMillis, int attempts, double failureRate,
        boolean committed) {
}
