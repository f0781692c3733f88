package org.synthhealth.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.model.Condition;
import org.synthhealth.core.model.Encounter;
import org.synthhealth.core.model.EncounterClass;
import org.synthhealth.core.model.Observation;
import org.synthhealth.core.model.Patient;

/** A patient brought to hospital by a flare of asthma, COPD or heart failure, or by pneumonia, looks unwell. */
class ExacerbationVitalsTest {

    private static final Set<String> FLARES = Set.of("asthma", "copd", "heart_failure", "pneumonia");
    private static final Set<EncounterClass> HOSPITAL = Set.of(EncounterClass.EMERGENCY, EncounterClass.INPATIENT);

    @Test
    void anAdultBroughtInByAFlareBreathesFastWithAFastPulseAndLowOxygen() {
        int visits = 0;
        for (Patient p : SampleCohort.patients()) {
            for (Encounter e : p.encounters()) {
                Optional<Condition> reason = e.reasonConditionId().flatMap(p::condition);
                LocalDate day = LocalDate.ofInstant(e.start(), ZoneOffset.UTC);
                if (!HOSPITAL.contains(e.encounterClass()) || reason.isEmpty()
                        || !FLARES.contains(reason.get().key()) || p.ageOn(day) < 13) {
                    continue;
                }
                visits++;
                String what = reason.get().key() + " " + e.encounterClass() + " " + e.id() + " of " + p.id();
                Map<String, Double> vitals = new java.util.HashMap<>();
                for (Observation o : p.observations()) {
                    if (o.encounterId().equals(e.id())) {
                        vitals.put(o.code().code(), o.value().doubleValue());
                    }
                }
                assertThat(vitals.get("59408-5")).as("oxygen saturation, " + what).isLessThan(95.0);
                assertThat(vitals.get("9279-1")).as("breathing rate, " + what).isGreaterThanOrEqualTo(22.0);
                assertThat(vitals.get("8867-4")).as("pulse, " + what).isGreaterThanOrEqualTo(96.0);
            }
        }
        assertThat(visits).as("hospital visits for a flare or pneumonia").isGreaterThan(200);
    }
}
