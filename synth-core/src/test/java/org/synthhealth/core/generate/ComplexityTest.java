package org.synthhealth.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.ClinicalComplexity;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.model.Patient;

/** {@code clinical_complexity} scales how much happens in a record. */
class ComplexityTest {

    private static List<Patient> cohort(ClinicalComplexity complexity) {
        return Cohort.generate(CohortSpec.builder().patients(1500).seed(5L).referenceDate(SampleCohort.REFERENCE)
                .clinicalComplexity(complexity).build()).patients();
    }

    @Test
    void highComplexityMeansMoreVisitsAndChronicConditionsThanLow() {
        List<Patient> low = cohort(ClinicalComplexity.LOW);
        List<Patient> high = cohort(ClinicalComplexity.HIGH);

        assertThat(mean(high, p -> p.encounters().size())).as("visits per patient, high vs low")
                .isGreaterThan(1.3 * mean(low, p -> p.encounters().size()));
        assertThat(mean(high, ComplexityTest::chronic)).as("chronic conditions per patient, high vs low")
                .isGreaterThan(1.3 * mean(low, ComplexityTest::chronic));
    }

    private static int chronic(Patient p) {
        return (int) p.conditions().stream().filter(c -> c.chronic()).count();
    }

    private static double mean(List<Patient> patients, java.util.function.ToIntFunction<Patient> f) {
        return patients.stream().mapToInt(f).average().orElse(0);
    }
}
