package org.synthhealth.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.synthhealth.core.generate.CohortGenerator;
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

    /**
     * Generates a cohort in memory: resolves the seed (drawing a fresh one when the spec has none, see
     * {@link Seeds}) and makes every patient of the spec. For large cohorts stream with
     * {@link org.synthhealth.core.generate.CohortGenerator} instead.
     *
     * @throws InvalidInputException when the spec's requirements can never be met
     */
    public static Cohort generate(CohortSpec spec) {
        long seed = Seeds.resolve(spec);
        List<Patient> patients = new ArrayList<>(spec.numRecords());
        try {
            new CohortGenerator(spec, seed).forEach(patients::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Cohort(spec, seed, patients);
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
