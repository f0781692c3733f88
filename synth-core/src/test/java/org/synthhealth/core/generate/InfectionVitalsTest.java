package org.synthhealth.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.model.Condition;
import org.synthhealth.core.model.Encounter;
import org.synthhealth.core.model.Observation;
import org.synthhealth.core.model.Patient;

/** Blood pressure readings a heart can make, and fevers as often as each infection brings them. */
class InfectionVitalsTest {

    @Test
    void everyBloodPressureHasAPulsePressureOfAtLeast25() {
        int readings = 0;
        for (Patient p : SampleCohort.patients()) {
            Map<String, Integer> systolic = new HashMap<>();
            for (Observation o : p.observations()) {
                if (o.code().code().equals("8480-6")) {
                    systolic.put(o.panelId().orElseThrow(), o.value().intValue());
                }
            }
            for (Observation o : p.observations()) {
                if (o.code().code().equals("8462-4")) {
                    readings++;
                    int sys = systolic.get(o.panelId().orElseThrow());
                    assertThat(sys - o.value().intValue()).as("%d/%s of %s", sys, o.value(), p.id())
                            .isGreaterThanOrEqualTo(25);
                }
            }
        }
        assertThat(readings).as("blood pressure readings").isGreaterThan(50_000);
    }

    @Test
    void anAdultsColdSeldomBringsAFeverAndStrepThroatUsuallyDoes() {
        Map<String, int[]> fevers = new HashMap<>();
        for (Patient p : SampleCohort.patients()) {
            for (Encounter e : p.encounters()) {
                Optional<Condition> reason = e.reasonConditionId().flatMap(p::condition);
                if (reason.isEmpty() || p.ageOn(LocalDate.ofInstant(e.start(), ZoneOffset.UTC)) < 18) {
                    continue;
                }
                for (Observation o : p.observations()) {
                    if (o.encounterId().equals(e.id()) && o.code().code().equals("8310-5")) {
                        int[] counts = fevers.computeIfAbsent(reason.get().key(), k -> new int[2]);
                        counts[0]++;
                        counts[1] += o.value().doubleValue() >= 38.0 ? 1 : 0;
                    }
                }
            }
        }
        assertThat(share(fevers, "common_cold")).as("adults' colds with a fever").isLessThan(0.12);
        assertThat(share(fevers, "strep_throat")).as("adults' strep throats with a fever").isGreaterThan(0.5);
    }

    private static double share(Map<String, int[]> fevers, String key) {
        int[] counts = fevers.get(key);
        assertThat(counts[0]).as("adult visits for " + key).isGreaterThan(100);
        return (double) counts[1] / counts[0];
    }
}
