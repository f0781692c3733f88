package org.synthhealth.core.generate.clinical;

/** Why a visit is planned; it decides which vitals, labs and procedures the visit records. */
enum Purpose {
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
