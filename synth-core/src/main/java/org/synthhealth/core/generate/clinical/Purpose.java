package org.synthhealth.core.generate.clinical;

/** Why a visit is planned; it decides which vitals, labs and procedures the visit records. */
enum Purpose {
    /** The stay in hospital in which the patient is born ({@link BirthStay}). */
    BIRTH,
    WELLNESS,
    DIAGNOSIS,
    FOLLOW_UP,
    ACUTE,
    EMERGENCY,
    INPATIENT,
    TERMINAL,
    VACCINATION,
    SCREENING
}
