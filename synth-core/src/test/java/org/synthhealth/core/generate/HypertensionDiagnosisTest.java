package org.synthhealth.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.model.Condition;
import org.synthhealth.core.model.Observation;
import org.synthhealth.core.model.Patient;

/**
 * Hypertension is diagnosed on a raised reading: at the diagnosing visit the blood pressure reaches the threshold of
 * its day, 130/80 from the 2017 ACC/AHA guideline (13 November 2017) and 140/90 before it.
 */
class HypertensionDiagnosisTest {

    private static final LocalDate ACC_AHA_2017 = LocalDate.of(2017, 11, 13);

    @Test
    void theDiagnosingReadingReachesTheThresholdOfItsEra() {
        int before2017 = 0;
        int since2017 = 0;
        for (Patient p : SampleCohort.patients()) {
            for (Condition c : p.conditions()) {
                if (!c.key().equals("hypertension")) {
                    continue;
                }
                boolean older = c.onsetDate().isBefore(ACC_AHA_2017);
                int systolicFrom = older ? 140 : 130;
                int diastolicFrom = older ? 90 : 80;
                int systolic = reading(p, c, "8480-6");
                int diastolic = reading(p, c, "8462-4");
                if (older) {
                    before2017++;
                } else {
                    since2017++;
                }
                assertThat(systolic >= systolicFrom || diastolic >= diastolicFrom)
                        .as("%s diagnosed with hypertension on %s at %d/%d (threshold %d/%d)", p.id(), c.onsetDate(),
                                systolic, diastolic, systolicFrom, diastolicFrom).isTrue();
            }
        }
        assertThat(before2017).as("diagnoses before November 2017").isGreaterThan(1_000);
        assertThat(since2017).as("diagnoses from November 2017").isGreaterThan(500);
    }

    private static int reading(Patient p, Condition c, String loinc) {
        List<Observation> at = p.observations().stream().filter(o -> o.encounterId().equals(c.encounterId()))
                .filter(o -> o.code().code().equals(loinc)).toList();
        assertThat(at).as("%s at the visit that diagnosed %s's hypertension", loinc, p.id()).hasSize(1);
        return at.get(0).value().intValue();
    }
}
