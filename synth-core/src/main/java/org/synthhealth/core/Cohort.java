package org.synthhealth.core;

import java.util.List;
import org.synthhealth.core.model.Patient;

/**
 * An immutable generated cohort held in memory, for tests: its spec, its resolved seed and its patients in index
 * order. Safe to share between threads.
 */
public final class Cohort {

    private final CohortSpec spec;
    private final long seed;
    private final List<Patient> patients;

    Cohort(CohortSpec spec, long seed, List<Patient> patients) {
        this.spec = spec;
        this.seed = seed;
        this.patients = List.copyOf(patients);
    }

    /** The spec the cohort was generated from. */
    public CohortSpec spec() {
        return spec;
    }

    /** The seed the cohort was generated with (drawn fresh when the spec had none). */
    public long seed() {
        return seed;
    }

    /** How many patients the cohort holds. */
    public int size() {
        return patients.size();
    }

    /** The patients, in index order. */
    public List<Patient> patients() {
        return patients;
    }
}
