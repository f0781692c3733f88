package org.synthhealth.core.migration;

import java.util.Locale;

/** Where a patient ends after a migration; every patient ends in exactly one of these. */
public enum PatientState {
    /** In the target, and reconciliation found every compared field equal to the source. */
    MIGRATED,
    /** In the target, but reconciliation found at least one field that differs from the source. */
    MIGRATED_WITH_DEFECTS,
    /** Stopped by transform or validation with reasons; never loaded. */
    QUARANTINED,
    /** Stopped by an error (injected stage failure, retries exhausted, target rejection); never loaded. */
    FAILED,
    /** Loaded, then removed again because its batch or the whole migration was rolled back. */
    ROLLED_BACK;

    /** The lower-case name used in the JSON report. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a patient in this state is held by the target database. */
    public boolean inTarget() {
        return this == MIGRATED || this == MIGRATED_WITH_DEFECTS;
    }
}
