package org.synthhealth.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.model.Medication;
import org.synthhealth.core.model.Patient;

/**
 * No drug starts below the youngest age its label (or the catalogue's fixed dose) allows. Ages are written out here
 * rather than read from the engine, so that a wrong age there still fails; drugs not listed are for adults.
 */
class DrugMinimumAgeTest {

    private static final Map<String, Integer> MIN_AGE = Map.of(
            "2123111", 4,   // albuterol HFA: labelled from 4 years
            "895994", 4,    // fluticasone propionate 44 mcg HFA: labelled from 4 years
            "198145", 12,   // prednisone 40 mg burst: younger children are dosed by weight
            "308191", 12,   // amoxicillin capsule: no verified oral suspension
            "308460", 12,   // azithromycin tablet
            "312941", 12,   // sertraline
            "349332", 12);  // escitalopram

    @Test
    void noDrugStartsBelowItsMinimumAge() {
        long checked = 0;
        for (Patient p : SampleCohort.patients()) {
            for (Medication m : p.medications()) {
                int min = MIN_AGE.getOrDefault(m.rxnorm().code(), 18);
                checked++;

                assertThat(p.ageOn(m.startDate())).as("age at %s of %s (seed %d)", m.name(), p.id(),
                        SampleCohort.SPEC.seed().orElseThrow()).isGreaterThanOrEqualTo(min);
            }
        }
        assertThat(checked).as("medications").isGreaterThan(1_000);
    }
}
