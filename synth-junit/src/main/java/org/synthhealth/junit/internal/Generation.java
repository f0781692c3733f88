package org.synthhealth.junit.internal;

import org.synthhealth.core.Cohort;
import org.synthhealth.core.CohortSpec;

/** Generates a cohort through the product's public API. */
final class Generation {

    private Generation() {
    }

    /** The cohort of a seeded spec. */
    static Cohort generate(CohortSpec spec) {
        return Cohort.generate(spec);
    }
}
