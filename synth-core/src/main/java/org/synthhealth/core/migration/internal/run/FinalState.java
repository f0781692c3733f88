package org.synthhealth.core.migration.internal.run;

/** A patient's last attempt, with the batch it rode in and when that batch finished in simulated time. */
record FinalState(PatientRun run, int batch, long finishedAt, boolean rolledBack, String rollbackReason) {
}
