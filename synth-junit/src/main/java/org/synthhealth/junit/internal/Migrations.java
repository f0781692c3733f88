package org.synthhealth.junit.internal;

import org.synthhealth.core.Cohort;
import org.synthhealth.core.InvalidInputException;
import org.synthhealth.junit.MigrationSimulation;

/** Runs the migration simulation an injection point asks for, once per cohort and settings. */
final class Migrations {

    private Migrations() {
    }

    /** The migration result of {@code cohort} under the settings of {@code annotation}. */
    static Object run(CohortCache cache, Cohort cohort, MigrationSimulation annotation) {
        throw new InvalidInputException("@MigrationSimulation: the migration simulator is not available yet");
    }
}
