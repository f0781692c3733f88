package org.synthhealth.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.AgeBand;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.model.Condition;
import org.synthhealth.core.model.Death;
import org.synthhealth.core.model.Patient;

/** Causes of death a record supports, worked up as a hospital works them up. */
class DeathCauseTest {

    /** Plain chest X-ray, SNOMED CT. */
    private static final String CHEST_XRAY = "399208008";

    /** An old cohort, so that there are thousands of deaths and most of the dead had hypertension. */
    private static final List<Patient> OLD = Cohort.generate(SampleCohort.SPEC.toBuilder().patients(4_000)
            .ageDistribution(Map.of(new AgeBand(80, 120), 1.0)).build()).patients();

    @Test
    void uncomplicatedHypertensionIsNeverTheCauseThoughItIsCommonAmongTheDead() {
        long dead = 0;
        long hypertensiveDead = 0;
        for (Patient p : OLD) {
            if (p.death().isEmpty()) {
                continue;
            }
            dead++;
            if (p.conditions().stream().anyMatch(c -> c.key().equals("hypertension"))) {
                hypertensiveDead++;
            }
            assertThat(cause(p).key()).as("cause of death of %s", p.id()).isNotEqualTo("hypertension");
        }
        assertThat(dead).as("deaths").isGreaterThan(500);
        assertThat(hypertensiveDead).as("hypertensive among the dead").isGreaterThan(dead / 3);
    }

    @Test
    void everyPneumoniaThatKillsIsConfirmedByAChestXrayAtTheFinalAdmission() {
        long fatalPneumonias = 0;
        for (Patient p : OLD) {
            Optional<Death> death = p.death();
            if (death.isEmpty() || !cause(p).key().equals("pneumonia")) {
                continue;
            }
            fatalPneumonias++;
            Condition pneumonia = cause(p);
            assertThat(p.procedures()).as("procedures of %s", p.id()).anySatisfy(x -> {
                assertThat(x.code().code()).isEqualTo(CHEST_XRAY);
                assertThat(x.encounterId()).isEqualTo(pneumonia.encounterId());
                assertThat(x.performed()).isBefore(death.get().dateTime());
            });
        }
        assertThat(fatalPneumonias).as("fatal pneumonias").isGreaterThan(50);
    }

    @Test
    void everyCauseBeganOnAnEarlierDayThanTheDeath() {
        for (Patient p : OLD) {
            if (p.death().isPresent()) {
                LocalDate died = LocalDate.ofInstant(p.death().get().dateTime(), ZoneOffset.UTC);
                assertThat(cause(p).onsetDate()).as("cause of death of %s", p.id()).isBefore(died);
            }
        }
    }

    private static Condition cause(Patient p) {
        return p.condition(p.death().orElseThrow().causeConditionId()).orElseThrow();
    }
}
