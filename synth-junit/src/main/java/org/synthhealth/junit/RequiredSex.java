package org.synthhealth.junit;

/**
 * The sex a targeted cohort requires, for {@link SyntheticPatients#sex()}.
 *
 * @since 0.1.0
 */
public enum RequiredSex {
    /** No requirement. */
    ANY,
    /** Male patients only. */
    MALE,
    /** Female patients only. */
    FEMALE
}
