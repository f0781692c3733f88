package org.synthhealth.examples;

import static org.synthhealth.assertj.SynthAssertions.assertThat;

import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.model.Patient;

/** A meta-annotation in use: {@link ElderlyDiabeticCohort} stands for a targeted {@code @SyntheticPatients}. */
class ElderlyDiabeticCareTest {

    @Test
    void everyPatientIsElderlyAndDiabetic(@ElderlyDiabeticCohort Cohort cohort) {
        assertThat(cohort).hasSize(100).meetsItsRequirements().hasReferentialIntegrity();
        for (Patient p : cohort.patients()) {
            assertThat(p.ageOn(cohort.spec().referenceDate())).isGreaterThanOrEqualTo(65);
            assertThat(p.conditions()).anyMatch(c -> c.key().equals("diabetes"));
        }
    }

    @Test
    void everyDiabeticHasADiabetesConditionInFhir(@ElderlyDiabeticCohort List<Bundle> bundles) {
        assertThat(bundles).hasSize(100).allSatisfy(bundle -> assertThat(bundle.getEntry())
                .anyMatch(e -> e.getResource() instanceof org.hl7.fhir.r4.model.Condition c
                        && c.getCode().getCoding().stream().anyMatch(code -> code.getCode().startsWith("E11"))));
    }
}
