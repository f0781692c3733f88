package org.synthhealth.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.model.Encounter;
import org.synthhealth.core.model.Medication;
import org.synthhealth.core.model.Observation;
import org.synthhealth.core.model.Patient;

/**
 * Basal insulin starts only when type 2 diabetes is uncontrolled on metformin: the last HbA1c at or before the visit
 * is at least 9%, and metformin was started first.
 */
class InsulinStartTest {

    private static final String INSULIN = "311041";
    private static final Set<String> METFORMIN = Set.of("861007", "860975");
    private static final BigDecimal UNCONTROLLED = new BigDecimal("9.0");

    @Test
    void insulinStartsOnlyAfterMetforminWithAnHbA1cOfNineOrMore() {
        long starts = 0;
        for (Patient p : SampleCohort.patients()) {
            for (Medication m : p.medications()) {
                if (!m.rxnorm().code().equals(INSULIN)) {
                    continue;
                }
                starts++;
                Encounter visit = p.encounter(m.encounterId()).orElseThrow();
                Optional<BigDecimal> hba1c = p.observations().stream().filter(o -> o.code().code().equals("4548-4"))
                        .filter(o -> !o.effective().isAfter(visit.end()))
                        .max(Comparator.comparing(Observation::effective)).map(Observation::value);
                boolean afterMetformin = p.medications().stream().anyMatch(x -> METFORMIN.contains(x.rxnorm().code())
                        && x.startDate().isBefore(m.startDate()));

                assertThat(hba1c).as("last HbA1c before insulin %s of %s (seed %d)", m.id(), p.id(),
                        SampleCohort.SPEC.seed().orElseThrow()).hasValueSatisfying(v -> assertThat(v)
                        .isGreaterThanOrEqualTo(UNCONTROLLED));
                assertThat(afterMetformin).as("metformin before insulin %s of %s", m.id(), p.id()).isTrue();
            }
        }
        assertThat(starts).as("insulin starts").isGreaterThan(20);
    }
}
