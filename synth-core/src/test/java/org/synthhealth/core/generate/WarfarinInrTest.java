package org.synthhealth.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.model.EncounterClass;
import org.synthhealth.core.model.Medication;
import org.synthhealth.core.model.Observation;
import org.synthhealth.core.model.Patient;

/**
 * Patients on warfarin among 10,000 have their INR (LOINC 6301-6) checked, and nobody else has one: every clinic visit
 * on warfarin has a check on its day or in the 28 days before, so every course running more than twelve weeks with
 * clinic visits has results; checks come 28 days or more apart; the values lie between 1.0 and 6.0, most of them in
 * the 2.0 to 3.0 target for atrial fibrillation, and carry the laboratory's normal range 0.9 to 1.1.
 */
class WarfarinInrTest {

    private static final String INR = "6301-6";
    private static final String WARFARIN = "855332";
    private static final long TWELVE_WEEKS = 84;

    private final List<Patient> patients = SampleCohort.patients();

    @Test
    void everyWarfarinCourseOfMoreThanTwelveWeeksWithClinicVisitsHasInrResults() {
        int courses = 0;
        for (Patient p : patients) {
            for (Medication m : warfarin(p)) {
                LocalDate end = lastDayTaken(p, m);
                if (ChronoUnit.DAYS.between(m.startDate(), end) <= TWELVE_WEEKS || clinicDaysOn(p, m).isEmpty()) {
                    continue;
                }
                courses++;
                long checks = inrDays(p).stream().filter(d -> d.isAfter(m.startDate()) && !d.isAfter(end)).count();
                assertThat(checks).as("INR results of %s during warfarin from %s to %s (seed %d)", p.id(),
                        m.startDate(), end, SampleCohort.SPEC.seed().orElseThrow()).isPositive();
            }
        }
        assertThat(courses).as("warfarin courses longer than twelve weeks with clinic visits").isGreaterThan(50);
    }

    /** The interval allows a check at a clinic visit unless one came within the 28 days before it. */
    @Test
    void everyClinicVisitOnWarfarinHasAnInrWithinTheFourWeeksBefore() {
        int visits = 0;
        for (Patient p : patients) {
            TreeSet<LocalDate> checks = inrDays(p);
            for (Medication m : warfarin(p)) {
                for (LocalDate day : clinicDaysOn(p, m)) {
                    visits++;
                    LocalDate last = checks.floor(day.plusDays(1));
                    assertThat(last).as("INR of %s on or in the 28 days before the visit on %s (seed %d)", p.id(), day,
                            SampleCohort.SPEC.seed().orElseThrow()).isNotNull().isAfter(day.minusDays(29));
                }
            }
        }
        assertThat(visits).as("clinic visits on warfarin").isGreaterThan(100);
    }

    @Test
    void nobodyNeverOnWarfarinHasAnInr() {
        int onWarfarinWithChecks = 0;
        for (Patient p : patients) {
            if (warfarin(p).isEmpty()) {
                assertThat(inrDays(p)).as("INR days of %s, never on warfarin", p.id()).isEmpty();
            } else if (!inrDays(p).isEmpty()) {
                onWarfarinWithChecks++;
            }
        }
        assertThat(onWarfarinWithChecks).as("patients on warfarin with INR results").isGreaterThan(50);
    }

    @Test
    void everyInrFallsWhileWarfarinIsTaken() {
        int checks = 0;
        for (Patient p : patients) {
            for (LocalDate day : inrDays(p)) {
                checks++;
                boolean taken = warfarin(p).stream()
                        .anyMatch(m -> day.isAfter(m.startDate()) && !day.isAfter(lastDayTaken(p, m)));
                assertThat(taken).as("warfarin taken on %s, the day of an INR of %s", day, p.id()).isTrue();
            }
        }
        assertThat(checks).as("INR results").isGreaterThan(100);
    }

    @Test
    void inrChecksComeTwentyEightDaysOrMoreApart() {
        long repeats = 0;
        for (Patient p : patients) {
            LocalDate before = null;
            for (LocalDate day : inrDays(p)) {
                if (before != null) {
                    repeats++;
                    assertThat(ChronoUnit.DAYS.between(before, day)).as("days from the INR of %s on %s to the next",
                            p.id(), before).isGreaterThanOrEqualTo(28);
                }
                before = day;
            }
        }
        assertThat(repeats).as("second and later INR results").isGreaterThan(100);
    }

    @Test
    void inrValuesLieInTheTreatedRangeMostlyOnTarget() {
        int all = 0;
        int onTarget = 0;
        for (Patient p : patients) {
            for (Observation o : inrs(p)) {
                double v = o.value().doubleValue();
                assertThat(v).as("INR of %s on %s", p.id(), o.effective()).isBetween(1.0, 6.0);
                assertThat(o.unit()).isEqualTo("{INR}");
                all++;
                onTarget += v >= 2.0 && v <= 3.0 ? 1 : 0;
            }
        }
        double share = (double) onTarget / all;
        assertThat(share).as("share of %d INR results within 2.0-3.0", all).isBetween(0.55, 0.72);
    }

    @Test
    void anInrCarriesTheLaboratoryNormalRangeAndIsFlaggedAgainstIt() {
        int checks = 0;
        for (Patient p : patients) {
            for (Observation o : inrs(p)) {
                checks++;
                assertThat(o.referenceLow()).contains(new BigDecimal("0.9"));
                assertThat(o.referenceHigh()).contains(new BigDecimal("1.1"));
                assertThat(o.interpretation()).as("flag of INR %s of %s", o.value(), p.id()).contains("H");
            }
        }
        assertThat(checks).as("INR results").isGreaterThan(100);
    }

    private static List<Medication> warfarin(Patient p) {
        return p.medications().stream().filter(m -> m.rxnorm().code().equals(WARFARIN)).toList();
    }

    /** The last day a course was taken inside the record: its end, death or the reference date, whichever is first. */
    private static LocalDate lastDayTaken(Patient p, Medication m) {
        LocalDate end = m.endDate().map(e -> e.minusDays(1)).orElse(SampleCohort.REFERENCE);
        Optional<LocalDate> death = p.death().map(d -> day(d.dateTime()));
        if (death.isPresent() && death.get().isBefore(end)) {
            end = death.get();
        }
        return end.isAfter(SampleCohort.REFERENCE) ? SampleCohort.REFERENCE : end;
    }

    /**
     * The UTC days of wellness and outpatient visits while the course was taken, leaving out the day it started and
     * the next (a visit's local day may be a day off its UTC one).
     */
    private static List<LocalDate> clinicDaysOn(Patient p, Medication m) {
        LocalDate end = lastDayTaken(p, m);
        return p.encounters().stream()
                .filter(e -> e.encounterClass() == EncounterClass.WELLNESS
                        || e.encounterClass() == EncounterClass.AMBULATORY)
                .map(e -> day(e.start()))
                .filter(d -> d.isAfter(m.startDate().plusDays(1)) && !d.isAfter(end.minusDays(1)))
                .toList();
    }

    private static List<Observation> inrs(Patient p) {
        return p.observations().stream().filter(o -> o.code().code().equals(INR)).toList();
    }

    private static TreeSet<LocalDate> inrDays(Patient p) {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (Observation o : inrs(p)) {
            days.add(day(o.effective()));
        }
        return days;
    }

    private static LocalDate day(Instant t) {
        return LocalDate.ofInstant(t, ZoneOffset.UTC);
    }
}
