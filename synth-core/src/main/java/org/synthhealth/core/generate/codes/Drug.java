package org.synthhealth.core.generate.codes;

import org.synthhealth.core.model.Code;
import org.synthhealth.core.model.CodeSystem;

/**
 * A prescribable drug: an RxNorm semantic clinical drug with how it is usually taken.
 *
 * @param courseDays how long a course lasts; 0 for a drug taken indefinitely
 * @param minAge the youngest age it is prescribed at in this engine
 */
public record Drug(Code rxnorm, String dosage, String frequency, int courseDays, int minAge) {

    static Drug of(String rxcui, String name, String dosage, String frequency, int courseDays, int minAge) {
        return new Drug(Code.of(CodeSystem.RXNORM, rxcui, name), dosage, frequency, courseDays, minAge);
    }

    /** The drug's RxNorm name, for example {@code lisinopril 10 MG Oral Tablet}. */
    public String name() {
        return rxnorm.display();
    }
}
