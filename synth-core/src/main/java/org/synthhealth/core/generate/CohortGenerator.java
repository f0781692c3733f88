package org.synthhealth.core.generate;

import java.io.IOException;
import org.synthhealth.core.CohortSpec;

/**
 * Streams a whole cohort, patient by patient, in index order. Memory stays flat however large the cohort.
 */
public final class CohortGenerator {

    private final PatientEngine engine;

    public CohortGenerator(CohortSpec spec, long seed) {
        this.engine = new PatientEngine(spec, seed);
    }

    /** Generates every patient of the spec and hands each to {@code consumer}, in index order. */
    public void forEach(PatientConsumer consumer) throws IOException {
        int count = engine.spec().numRecords();
        for (long i = 0; i < count; i++) {
            consumer.accept(engine.generate(i));
        }
    }
}
