package org.synthhealth.core.generate.clinical;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;

/**
 * The US federal holidays on which clinics here are closed: New Year's Day, Memorial Day (the last Monday of May),
 * Independence Day, Labor Day (the first Monday of September), Thanksgiving (the fourth Thursday of November) and
 * Christmas Day, as 5 U.S.C. 6103 sets them. Only the day itself closes; a holiday on a weekend moves to no
 * "observed" Friday or Monday, since the clinic is closed at weekends anyway.
 */
final class ClinicHolidays {

    private ClinicHolidays() {
    }

    /** Whether {@code day} is one of the six holidays. */
    static boolean isHoliday(LocalDate day) {
        int d = day.getDayOfMonth();
        return switch (day.getMonth()) {
            case JANUARY -> d == 1;
            case MAY -> day.equals(last(day, Month.MAY, DayOfWeek.MONDAY));
            case JULY -> d == 4;
            case SEPTEMBER -> day.equals(nth(day, Month.SEPTEMBER, DayOfWeek.MONDAY, 1));
            case NOVEMBER -> day.equals(nth(day, Month.NOVEMBER, DayOfWeek.THURSDAY, 4));
            case DECEMBER -> d == 25;
            default -> false;
        };
    }

    private static LocalDate last(LocalDate day, Month month, DayOfWeek weekday) {
        return LocalDate.of(day.getYear(), month, 1).with(TemporalAdjusters.lastInMonth(weekday));
    }

    private static LocalDate nth(LocalDate day, Month month, DayOfWeek weekday, int n) {
        return LocalDate.of(day.getYear(), month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, weekday));
    }
}
