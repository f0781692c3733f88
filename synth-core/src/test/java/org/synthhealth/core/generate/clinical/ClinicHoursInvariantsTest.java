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
import java.util.Map;
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
 * patient's city, Monday to Friday, on no clinic holiday; emergency visits and admissions keep any hour and day.
 *
 * <p>Each city's zone is written here from the IANA database, apart from the engine's tables, so that a city outside
 * its state's main zone (El Paso, Coeur d'Alene) is caught if the engine keeps the state's hours there.
 */
class ClinicHoursInvariantsTest {

    private static final LocalTime FIRST_START = LocalTime.of(8, 0);
    private static final LocalTime LAST_START = LocalTime.of(16, 30);
    private static final Set<EncounterClass> ANY_HOUR = Set.of(EncounterClass.EMERGENCY, EncounterClass.INPATIENT);

    /** Every city patients live in, with the zone it keeps in fact. */
    private static final Map<String, String> CITY_ZONES = Map.ofEntries(
            Map.entry("Boston, MA", "America/New_York"), Map.entry("Springfield, IL", "America/Chicago"),
            Map.entry("Columbus, OH", "America/New_York"), Map.entry("Austin, TX", "America/Chicago"),
            Map.entry("San Antonio, TX", "America/Chicago"), Map.entry("El Paso, TX", "America/Denver"),
            Map.entry("Phoenix, AZ", "America/Phoenix"), Map.entry("Tucson, AZ", "America/Phoenix"),
            Map.entry("Los Angeles, CA", "America/Los_Angeles"), Map.entry("San Diego, CA", "America/Los_Angeles"),
            Map.entry("Fresno, CA", "America/Los_Angeles"), Map.entry("Sacramento, CA", "America/Los_Angeles"),
            Map.entry("Miami, FL", "America/New_York"), Map.entry("Tampa, FL", "America/New_York"),
            Map.entry("Atlanta, GA", "America/New_York"), Map.entry("Charlotte, NC", "America/New_York"),
            Map.entry("Nashville, TN", "America/Chicago"), Map.entry("Louisville, KY", "America/Kentucky/Louisville"),
            Map.entry("Detroit, MI", "America/Detroit"), Map.entry("Chicago, IL", "America/Chicago"),
            Map.entry("Milwaukee, WI", "America/Chicago"), Map.entry("Minneapolis, MN", "America/Chicago"),
            Map.entry("Denver, CO", "America/Denver"), Map.entry("Albuquerque, NM", "America/Denver"),
            Map.entry("Seattle, WA", "America/Los_Angeles"), Map.entry("Portland, OR", "America/Los_Angeles"),
            Map.entry("Salt Lake City, UT", "America/Denver"), Map.entry("Las Vegas, NV", "America/Los_Angeles"),
            Map.entry("New York, NY", "America/New_York"), Map.entry("Buffalo, NY", "America/New_York"),
            Map.entry("Philadelphia, PA", "America/New_York"), Map.entry("Pittsburgh, PA", "America/New_York"),
            Map.entry("Baltimore, MD", "America/New_York"), Map.entry("Richmond, VA", "America/New_York"),
            Map.entry("Newark, NJ", "America/New_York"), Map.entry("Hartford, CT", "America/New_York"),
            Map.entry("Honolulu, HI", "Pacific/Honolulu"), Map.entry("Anchorage, AK", "America/Anchorage"),
            Map.entry("Coeur d'Alene, ID", "America/Los_Angeles"), Map.entry("Winston-Salem, NC", "America/New_York"),
            Map.entry("Española, NM", "America/Denver"), Map.entry("Kansas City, MO", "America/Chicago"));

    /** A visit's start in the patient's local time, with who and what it was for the assertion messages. */
    private record LocalStart(String patient, String city, EncounterClass cls, ZonedDateTime start) {
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
            String city = p.demographics().address().city() + ", " + p.demographics().address().state();
            assertThat(CITY_ZONES).as("verified zones of the cities patients live in").containsKey(city);
            ZoneId zone = ZoneId.of(CITY_ZONES.get(city));
            for (Encounter e : p.encounters()) {
                LocalStart s = new LocalStart(p.id(), city, e.encounterClass(), e.start().atZone(zone));
                (ANY_HOUR.contains(e.encounterClass()) ? anyHour : scheduled).add(s);
            }
        }
    }

    @Test
    void everyCityHasScheduledVisits() {
        assertThat(scheduled.stream().map(LocalStart::city).distinct().count()).as("cities with scheduled visits")
                .isEqualTo(CITY_ZONES.size());
    }

    @Test
    void scheduledVisitsStartWithinOfficeHoursOfTheirCity() {
        assertThat(scheduled).as("scheduled visits").hasSizeGreaterThan(50_000);

        for (LocalStart s : scheduled) {
            LocalTime time = s.start().toLocalTime();
            assertThat(time).as("%s visit of %s in %s at %s", s.cls(), s.patient(), s.city(), s.start())
                    .isBetween(FIRST_START, LAST_START);
        }
    }

    @Test
    void scheduledVisitsFallOnWeekdaysInLocalTime() {
        for (LocalStart s : scheduled) {
            DayOfWeek day = s.start().getDayOfWeek();
            assertThat(day).as("%s visit of %s in %s at %s", s.cls(), s.patient(), s.city(), s.start())
                    .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        }
    }

    @Test
    void scheduledVisitsAvoidClinicHolidaysInLocalTime() {
        for (LocalStart s : scheduled) {
            LocalDate day = s.start().toLocalDate();
            assertThat(holidaysOf(day.getYear())).as("%s visit of %s in %s at %s", s.cls(), s.patient(), s.city(),
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
