package org.synthhealth.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.model.EncounterClass;
import org.synthhealth.core.model.Patient;

/** Periodic care of 10,000 patients keeps its interval: yearly at most, never twice in a few weeks. */
class VisitIntervalsTest {

    /** Mammography (procedure), SNOMED CT. */
    private static final String MAMMOGRAPHY = "71651007";

    private final List<Patient> patients = SampleCohort.patients();

    @Test
    void adultWellnessVisitsAreAtLeastElevenMonthsApart() {
        long pairs = 0;
        for (Patient p : patients) {
            LocalDate adult = p.demographics().birthDate().plusYears(18);
            List<LocalDate> visits = p.encounters().stream()
                    .filter(e -> e.encounterClass() == EncounterClass.WELLNESS)
                    .map(e -> LocalDate.ofInstant(e.start(), ZoneOffset.UTC)).sorted().toList();
            for (int i = 1; i < visits.size(); i++) {
                if (!visits.get(i).isBefore(adult)) {
                    pairs++;
                    assertThat(visits.get(i)).as("wellness visit of %s after the one on %s", p.id(), visits.get(i - 1))
                            .isAfterOrEqualTo(visits.get(i - 1).plusMonths(11));
                }
            }
        }
        assertThat(pairs).as("consecutive wellness visits of adults").isGreaterThan(10_000);
    }

    @Test
    void screeningMammogramsAreAtLeastElevenMonthsApart() {
        long intervals = 0;
        for (Patient p : patients) {
            List<LocalDate> mammograms = p.procedures().stream().filter(x -> x.code().code().equals(MAMMOGRAPHY))
                    .map(x -> LocalDate.ofInstant(x.performed(), ZoneOffset.UTC)).sorted().toList();
            for (int i = 1; i < mammograms.size(); i++) {
                intervals++;
                assertThat(mammograms.get(i)).as("mammogram of %s after the one on %s", p.id(), mammograms.get(i - 1))
                        .isAfterOrEqualTo(mammograms.get(i - 1).plusMonths(11));
            }
        }
        assertThat(intervals).as("intervals between mammograms").isGreaterThan(300);
    }
}
