package org.synthhealth.core.generate;

import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.model.Patient;

/**
 * Generates one patient from {@code (seed, index)} alone. Thread-safe; holds no mutable state between calls.
 */
public final class PatientEngine {

    private final CohortSpec spec;
    private final long seed;

    public PatientEngine(CohortSpec spec, long seed) {
        this.spec = spec;
        this.seed = seed;
    }

    /** The patient at {@code index}; the same for the same spec, seed and index on any thread or machine. */
    public Patient generate(long index) {
        throw new UnsupportedOperationException("engine not built yet");
    }

    public CohortSpec spec() {
        return spec;
    }

    public long seed() {
        return seed;
    }
}
