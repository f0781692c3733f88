package org.synthhealth.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.AgeBand;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.Requirements;
import org.synthhealth.core.model.Condition;
import org.synthhealth.core.model.Encounter;
import org.synthhealth.core.model.Medication;
import org.synthhealth.core.model.Patient;

/** A condition diagnosed before any of its drugs existed is treated once one does, at a later follow-up. */
class LateTreatmentTest {

    /** Before every inhaler in the catalogue was approved. */
    private static final LocalDate LONG_AGO = LocalDate.of(1985, 1, 1);

    @Test
    void asthmaDiagnosedBeforeTheFirstInhalerGetsOneAtAFollowUp() {
        List<Patient> asthmatics = Cohort.generate(SampleCohort.SPEC.toBuilder().patients(3_000)
                .ageDistribution(Map.of(new AgeBand(45, 90), 1.0))
                .requirements(Requirements.builder().conditions("asthma").build()).build()).patients();
        int waited = 0;
        int treated = 0;
        for (Patient p : asthmatics) {
            Condition asthma = p.conditions().stream().filter(c -> c.key().equals("asthma")).findFirst()
                    .orElseThrow();
            boolean followedUp = p.encounters().stream().anyMatch(e -> isFollowUpOf(e, asthma));
            if (!asthma.onsetDate().isBefore(LONG_AGO) || !followedUp) {
                continue;
            }
            waited++;
            List<Medication> drugs = p.medications().stream().filter(m -> m.conditionId().equals(asthma.id()))
                    .toList();
            if (!drugs.isEmpty()) {
                treated++;
            }
            for (Medication m : drugs) {
                Encounter where = p.encounter(m.encounterId()).orElseThrow();
                assertThat(where.reasonConditionId()).as("the visit that started %s for %s", m.name(), p.id())
                        .contains(asthma.id());
                assertThat(m.startDate()).isAfter(asthma.onsetDate());
            }
        }
        assertThat(waited).as("asthmatics diagnosed before %s and followed up since", LONG_AGO).isGreaterThan(200);
        // Nineteen in twenty asthmatics are treated; allergies and bad luck leave a few without.
        assertThat(treated).as("of %d, treated", waited).isGreaterThan(waited * 8 / 10);
    }

    private static boolean isFollowUpOf(Encounter e, Condition c) {
        return e.reasonConditionId().filter(c.id()::equals).isPresent()
                && LocalDate.ofInstant(e.start(), ZoneOffset.UTC).isAfter(c.onsetDate());
    }
}
