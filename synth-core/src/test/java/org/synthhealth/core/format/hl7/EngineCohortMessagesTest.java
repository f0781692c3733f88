package org.synthhealth.core.format.hl7;

import java.time.LocalDate;
import java.util.List;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.model.Patient;

/** The message invariants over a cohort made by the patient engine. */
class EngineCohortMessagesTest extends Hl7MessagesTest {

    @Override
    List<Patient> cohort() {
        return Cohort.generate(CohortSpec.builder().patients(300).seed(3L).referenceDate(LocalDate.of(2026, 1, 1))
                .build()).patients();
    }
}
