package org.synthhealth.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.model.EncounterClass;
import org.synthhealth.core.model.Observation;
import org.synthhealth.core.model.Patient;

/**
 * Laboratory tests of 10,000 patients are not repeated within days: an HbA1c at least 90 days after the last, a
 * lipid panel at least 42 days after the last, and the metabolic tests at the clinic at least 30 days after the last
 * (the emergency department and the wards draw whenever a patient comes). The one exception is the draw that confirms
 * a diagnosis: a CKD, diabetes or heart failure diagnosis gets its metabolic panel even days after another's.
 */
class LabRepeatIntervalTest {

    private static final String HBA1C = "4548-4";
    private static final String TOTAL_CHOLESTEROL = "2093-3";
    private static final String GLUCOSE = "2345-7";
    private static final Set<EncounterClass> HOSPITAL = Set.of(EncounterClass.EMERGENCY, EncounterClass.INPATIENT);

    private final List<Patient> patients = SampleCohort.patients();

    @Test
    void anHbA1cComesNinetyDaysOrMoreAfterTheLast() {
        long repeats = 0;
        for (Patient p : patients) {
            repeats += assertSpacedDraws(p, HBA1C, 90, false, Set.of());
        }
        assertThat(repeats).as("second and later HbA1c results").isGreaterThan(1_000);
    }

    @Test
    void aLipidPanelComesFortyTwoDaysOrMoreAfterTheLast() {
        long repeats = 0;
        for (Patient p : patients) {
            repeats += assertSpacedDraws(p, TOTAL_CHOLESTEROL, 42, false, Set.of());
        }
        assertThat(repeats).as("second and later lipid panels").isGreaterThan(1_000);
    }

    @Test
    void metabolicTestsAtTheClinicComeThirtyDaysOrMoreAfterTheLast() {
        long repeats = 0;
        for (Patient p : patients) {
            repeats += assertSpacedDraws(p, GLUCOSE, 30, true, Set.of("ckd", "diabetes", "heart_failure"));
        }
        assertThat(repeats).as("clinic glucose results after an earlier one").isGreaterThan(1_000);
    }

    /**
     * Asserts that each draw of the test {@code loinc} comes {@code minDays} or more after the one before it (only
     * clinic draws when {@code clinicOnly}, and not a draw at a visit that diagnoses one of {@code confirmed});
     * returns how many draws had one before them.
     */
    private static long assertSpacedDraws(Patient p, String loinc, int minDays, boolean clinicOnly,
            Set<String> confirmed) {
        TreeMap<Instant, String> draws = new TreeMap<>();
        for (Observation o : p.observations()) {
            if (o.code().code().equals(loinc)) {
                draws.put(o.effective(), o.encounterId());
            }
        }
        long repeats = 0;
        Instant before = null;
        for (var draw : draws.entrySet()) {
            EncounterClass cls = p.encounter(draw.getValue()).orElseThrow().encounterClass();
            String encounter = draw.getValue();
            boolean confirms = p.conditions().stream().anyMatch(c -> c.encounterId().equals(encounter)
                    && confirmed.contains(c.key()));
            if (before != null && !(clinicOnly && HOSPITAL.contains(cls)) && !confirms) {
                repeats++;
                long days = ChronoUnit.DAYS.between(day(before), day(draw.getKey()));
                assertThat(days).as("days from %s %s of %s to the one on %s (%s, seed %d)", loinc, before, p.id(),
                        draw.getKey(), cls, SampleCohort.SPEC.seed().orElseThrow()).isGreaterThanOrEqualTo(minDays);
            }
            before = draw.getKey();
        }
        return repeats;
    }

    private static LocalDate day(Instant t) {
        return LocalDate.ofInstant(t, ZoneOffset.UTC);
    }
}
