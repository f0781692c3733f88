package org.synthhealth.core.generate.clinical;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.model.Encounter;
import org.synthhealth.core.model.EncounterClass;
import org.synthhealth.core.model.Patient;

/**
 * Scheduled visits (every class but emergency and inpatient) start between 08:00 and 16:30 local time in the
 * patient's state, Monday to Friday, on no clinic holiday; emergency visits and admissions keep any hour and day.
 */
class ClinicHoursInvariantsTest {

    private static final LocalTime FIRST_START = LocalTime.of(8, 0);
    private static final LocalTime LAST_START = LocalTime.of(16, 30);
    private static final Set<EncounterClass> ANY_HOUR = Set.of(EncounterClass.EMERGENCY, EncounterClass.INPATIENT);

    /** A visit's start in the patient's local time, with who and what it was for the assertion messages. */
    private record LocalStart(String patient, String state, EncounterClass cls, ZonedDateTime start) {
    }

    private static List<LocalStart> scheduled;
    private static List<LocalStart> anyHour;

    @BeforeAll
    static void generate() {
        CohortSpec spec = CohortSpec.builder().patients(4_000).seed(777L).referenceDate(LocalDate.of(2026, 1, 1))
                .concurrentWorkers(2).build();
        scheduled = new ArrayList<>();
        anyHour = new ArrayList<>();
        for (Patient p : Cohort.generate(spec).patients()) {
            String state = p.demographics().address().state();
            ZoneId zone = StateTimeZones.of(state);
            for (Encounter e : p.encounters()) {
                LocalStart s = new LocalStart(p.id(), state, e.encounterClass(), e.start().atZone(zone));
                (ANY_HOUR.contains(e.encounterClass()) ? anyHour : scheduled).add(s);
            }
        }
    }

    @Test
    void scheduledVisitsStartWithinLocalOfficeHours() {
        assertThat(scheduled).as("scheduled visits").hasSizeGreaterThan(50_000);

        for (LocalStart s : scheduled) {
            LocalTime time = s.start().toLocalTime();
            assertThat(time).as("%s visit of %s in %s at %s", s.cls(), s.patient(), s.state(), s.start())
                    .isBetween(FIRST_START, LAST_START);
        }
    }

    @Test
    void scheduledVisitsFallOnWeekdaysInLocalTime() {
        for (LocalStart s : scheduled) {
            DayOfWeek day = s.start().getDayOfWeek();
            assertThat(day).as("%s visit of %s in %s at %s", s.cls(), s.patient(), s.state(), s.start())
                    .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        }
    }

    @Test
    void scheduledVisitsAvoidClinicHolidaysInLocalTime() {
        for (LocalStart s : scheduled) {
            LocalDate day = s.start().toLocalDate();
            assertThat(holidaysOf(day.getYear())).as("%s visit of %s in %s at %s", s.cls(), s.patient(), s.state(),
                    s.start()).doesNotContain(day);
        }
    }

    @Test
    void emergencyVisitsAndAdmissionsStillComeAtNightAndAtWeekends() {
        long night = anyHour.stream().filter(s -> s.start().toLocalTime().isBefore(FIRST_START)).count();
        long weekend = anyHour.stream().filter(s -> s.start().getDayOfWeek().getValue() >= 6).count();

        assertThat(anyHour).as("emergency visits and admissions").hasSizeGreaterThan(1_000);
        assertThat(night).as("emergency visits and admissions before 08:00 local of %s", anyHour.size())
                .isGreaterThan(anyHour.size() / 10);
        assertThat(weekend).as("emergency visits and admissions at weekends of %s", anyHour.size())
                .isGreaterThan(anyHour.size() / 5);
    }

    /** New Year's, Memorial, Independence, Labor, Thanksgiving and Christmas Days, each found from its own rule. */
    private static Set<LocalDate> holidaysOf(int year) {
        return Set.of(LocalDate.of(year, 1, 1),
                LocalDate.of(year, Month.MAY, 25).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)),
                LocalDate.of(year, 7, 4),
                LocalDate.of(year, Month.SEPTEMBER, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)),
                LocalDate.of(year, Month.NOVEMBER, 22).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY)),
                LocalDate.of(year, 12, 25));
    }
}
