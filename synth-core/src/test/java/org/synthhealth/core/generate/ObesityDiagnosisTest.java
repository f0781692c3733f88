package org.synthhealth.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.model.Condition;
import org.synthhealth.core.model.Patient;

/** Obesity in 10,000 patients is diagnosed on a measured BMI, as a clinician diagnoses it. */
class ObesityDiagnosisTest {

    private static final String HEIGHT = "8302-2";
    private static final String BMI = "39156-5";

    @Test
    void theVisitThatDiagnosesObesityRecordsHeightAndBmi() {
        long diagnoses = 0;
        for (Patient p : SampleCohort.patients()) {
            for (Condition c : p.conditions()) {
                if (!c.key().equals("obesity")) {
                    continue;
                }
                diagnoses++;
                Set<String> measured = p.observations().stream().filter(o -> o.encounterId().equals(c.encounterId()))
                        .map(o -> o.code().code()).collect(Collectors.toSet());
                assertThat(measured).as("vitals at the visit diagnosing obesity in %s on %s", p.id(), c.onsetDate())
                        .contains(HEIGHT, BMI);
            }
        }
        assertThat(diagnoses).as("obesity diagnoses").isGreaterThan(1_000);
    }
}
