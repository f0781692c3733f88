package org.synthhealth.core.format.vista;

import java.util.List;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.model.Patient;

/** A few hundred patients from the real engine, generated once per test run and shared. */
final class GeneratedPatients {

    static final long SEED = 20_260_101L;
    static final int SIZE = 400;

    private static List<Patient> patients;

    private GeneratedPatients() {
    }

    /** The shared cohort: {@value #SIZE} patients for seed {@value #SEED}, reference date 2026-01-01. */
    static synchronized List<Patient> cohort() {
        if (patients == null) {
            CohortSpec spec = CohortSpec.builder().patients(SIZE).seed(SEED).referenceDate(VistaExports.REFERENCE)
                    .concurrentWorkers(2).build();
            patients = Cohort.generate(spec).patients();
        }
        return patients;
    }
}
