package org.synthhealth.core.format.hl7;

import java.util.List;
import org.synthhealth.core.model.Patient;

/** The message invariants over hand-built patients: visitless patients, one-sided reference ranges, odd names. */
class HandBuiltCohortMessagesTest extends Hl7MessagesTest {

    @Override
    List<Patient> cohort() {
        return HandBuiltPatients.cohort(20_261_204L, 300);
    }
}
