package org.synthhealth.core.generate.clinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The clinic calendar: state time zones, holidays, and local hours across summer time. */
class ClinicCalendarTest {

    @Test
    void mapsEveryStateAndDcToAZone() {
        List<String> states = new ArrayList<>();

        StateTimeZones.states().forEach(states::add);

        assertThat(states).as("states and DC").hasSize(51);
        assertThat(StateTimeZones.of("HI")).isEqualTo(ZoneId.of("Pacific/Honolulu"));
        assertThat(StateTimeZones.of("AZ")).isEqualTo(ZoneId.of("America/Phoenix"));
        assertThat(StateTimeZones.of("DC")).isEqualTo(ZoneId.of("America/New_York"));
    }

    @Test
    void rejectsAnUnknownStateCode() {
        assertThatThrownBy(() -> StateTimeZones.of("ZZ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ZZ");
    }

    @Test
    void knowsTheSixClinicHolidaysOf2025() {
        for (String day : new String[] {"2025-01-01", "2025-05-26", "2025-07-04", "2025-09-01", "2025-11-27",
            "2025-12-25"}) {
            assertThat(ClinicHolidays.isHoliday(LocalDate.parse(day))).as(day).isTrue();
        }
        for (String day : new String[] {"2025-05-19", "2025-09-08", "2025-11-20", "2025-12-24", "2025-01-02"}) {
            assertThat(ClinicHolidays.isHoliday(LocalDate.parse(day))).as(day).isFalse();
        }
    }

    @Test
    void keepsLocalOpeningTimeAcrossSummerTime() {
        ZoneId newYork = ZoneId.of("America/New_York");

        Instant winter = ClinicHours.onUtcDay(LocalDate.parse("2025-01-15"), ClinicHours.OPENS, 30, newYork);
        Instant summer = ClinicHours.onUtcDay(LocalDate.parse("2025-07-15"), ClinicHours.OPENS, 30, newYork);

        assertThat(winter).isEqualTo(Instant.parse("2025-01-15T13:00:00Z"));
        assertThat(summer).isEqualTo(Instant.parse("2025-07-15T12:00:00Z"));
    }

    @Test
    void keepsTheUtcDayOfAHawaiiAfternoon() {
        ZoneId honolulu = ZoneId.of("Pacific/Honolulu");

        Instant start = ClinicHours.onUtcDay(LocalDate.parse("2025-03-12"), 15 * 60, 30, honolulu);

        assertThat(start).isEqualTo(Instant.parse("2025-03-12T01:00:00Z"));
    }

    @Test
    void startsALateVisitEarlyEnoughToEndByMidnightUtc() {
        ZoneId losAngeles = ZoneId.of("America/Los_Angeles");

        Instant start = ClinicHours.onUtcDay(LocalDate.parse("2025-01-15"), 15 * 60 + 50, 30, losAngeles);

        assertThat(start).as("15:50 PST would end at 00:20 UTC").isEqualTo(Instant.parse("2025-01-15T23:30:00Z"));
    }

    @Test
    void movesAVisitAskedForOnChristmasDayToTheNextWorkingDay() {
        ZoneId chicago = ZoneId.of("America/Chicago");
        Instant christmasMorning = Instant.parse("2025-12-25T16:00:00Z");

        Instant start = ClinicHours.firstOpen(christmasMorning, 10 * 60, chicago);

        assertThat(start).isEqualTo(Instant.parse("2025-12-26T16:00:00Z"));
    }
}
