package org.synthhealth.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
 * is at least 9%, it was drawn after the day metformin started (it shows diabetes uncontrolled on metformin), and
 * metformin was started first.
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
                Optional<Observation> hba1c = p.observations().stream()
                        .filter(o -> o.code().code().equals("4548-4")).filter(o -> !o.effective().isAfter(visit.end()))
                        .max(Comparator.comparing(Observation::effective));
                Optional<LocalDate> metforminFrom = p.medications().stream()
                        .filter(x -> METFORMIN.contains(x.rxnorm().code())).map(Medication::startDate)
                        .min(Comparator.naturalOrder());

                assertThat(hba1c.map(Observation::value)).as("last HbA1c before insulin %s of %s (seed %d)", m.id(),
                        p.id(), SampleCohort.SPEC.seed().orElseThrow()).hasValueSatisfying(v -> assertThat(v)
                        .isGreaterThanOrEqualTo(UNCONTROLLED));
                assertThat(metforminFrom).as("metformin before insulin %s of %s", m.id(), p.id())
                        .hasValueSatisfying(from -> assertThat(from).isBefore(m.startDate()));
                assertThat(LocalDate.ofInstant(hba1c.get().effective(), ZoneOffset.UTC))
                        .as("day of the HbA1c before insulin %s of %s, on metformin from %s", m.id(), p.id(),
                                metforminFrom.get()).isAfter(metforminFrom.get());
            }
        }
        assertThat(starts).as("insulin starts").isGreaterThan(20);
    }
}
