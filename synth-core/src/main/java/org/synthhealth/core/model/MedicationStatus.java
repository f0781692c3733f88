package org.synthhealth.core.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Whether a prescription was still being taken when the record ends (at death, else on the reference date). A course
 * started in the last days before the reference date keeps its planned end, which then lies after the reference
 * date, and is {@link #ACTIVE}: the end date alone does not say whether the drug is still taken.
 */
public enum MedicationStatus {
    /** Still taken when the record ends: a drug taken indefinitely, or a course whose planned end is still to come. */
    ACTIVE("active"),
    /** Ended on or before the record's end: a course that ran its days, a drug stopped or replaced, or death. */
    COMPLETED("completed");

    private final String code;

    MedicationStatus(String code) {
        this.code = code;
    }

    /**
     * The status of a prescription ending on {@code end} (empty when taken indefinitely) in a record that ends on
     * {@code recordEnd}.
     */
    public static MedicationStatus of(Optional<LocalDate> end, LocalDate recordEnd) {
        return end.isPresent() && !end.get().isAfter(recordEnd) ? COMPLETED : ACTIVE;
    }

    /**
     * The code in {@code http://hl7.org/fhir/CodeSystem/medicationrequest-status}, also the CSV {@code status}.
     */
    public String code() {
        return code;
    }
}
