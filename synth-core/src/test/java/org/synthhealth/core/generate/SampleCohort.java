package org.synthhealth.core.generate;

import java.time.LocalDate;
import java.util.List;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.model.Patient;

/** One default cohort of 10,000 patients, generated once and shared by the invariant tests. */
final class SampleCohort {

    static final LocalDate REFERENCE = LocalDate.of(2026, 1, 1);
    static final CohortSpec SPEC = CohortSpec.builder().patients(10_000).seed(20_260_101L).referenceDate(REFERENCE)
            .concurrentWorkers(2).build();

    private static List<Patient> patients;

    private SampleCohort() {
    }

    static synchronized List<Patient> patients() {
        if (patients == null) {
            patients = Cohort.generate(SPEC).patients();
        }
        return patients;
    }
}
