package org.synthhealth.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.model.Encounter;
import org.synthhealth.core.model.EncounterClass;
import org.synthhealth.core.model.Patient;

/** The visits of 10,000 patients: a patient is in one place at a time, and at no clinic while in hospital. */
class OnePlaceAtATimeTest {

    @Test
    void noTwoVisitsOfAPatientOverlapInTime() {
        long stays = 0;
        for (Patient p : SampleCohort.patients()) {
            List<Encounter> visits = p.encounters().stream().sorted(Comparator.comparing(Encounter::start)).toList();
            Encounter latest = null;
            for (Encounter e : visits) {
                if (e.encounterClass() == EncounterClass.INPATIENT) {
                    stays++;
                }
                if (latest != null) {
                    assertThat(e.start()).as("%s visit %s of %s, during the %s visit %s from %s", e.encounterClass(),
                            e.id(), p.id(), latest.encounterClass(), latest.id(), latest.start())
                            .isAfterOrEqualTo(latest.end());
                }
                if (latest == null || e.end().isAfter(latest.end())) {
                    latest = e;
                }
            }
        }
        assertThat(stays).as("inpatient stays").isGreaterThan(500);
    }
}
