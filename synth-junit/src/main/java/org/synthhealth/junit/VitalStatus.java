package org.synthhealth.junit;

/**
 * Whether a targeted cohort requires living or deceased patients, for {@link SyntheticPatients#vitalStatus()}.
 *
 * @since 0.1.0
 */
public enum VitalStatus {
    /** No requirement. */
    ANY,
    /** Living patients only. */
    ALIVE,
    /** Deceased patients only. */
    DECEASED
}
