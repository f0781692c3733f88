package org.synthhealth.core.format.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.testing.SharedFolder;

/** Validates every resource of a smaller cohort against US Core 3.1.1, where race and ethnicity are expandable. */
class UsCore311ConformanceTest {

    private static final int PATIENTS = 60;
    private static CohortValidation cohort;

    @BeforeAll
    static void validateCohortOnce() {
        UsCoreValidator validator =
                UsCoreValidator.fromPackageCache(SharedFolder.resolve("fhir"), UsCoreVersion.V3_1_1);
        cohort = CohortValidation.run(validator, HandmadePatients.cohort(311, PATIENTS));
        System.out.printf("US Core 3.1.1: %s%n", cohort.summary(PATIENTS));
    }

    @Test
    void everyResourceOfTheCohortHasNoError() {
        assertThat(cohort.errors()).as("validator errors").isEmpty();
    }

    @Test
    void nothingFallsIntoTheOfflineVsacClassBecause311BindsToExpandableValueSets() {
        assertThat(cohort.offlineVsacIssues()).isEmpty();
    }
}
