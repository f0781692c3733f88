package org.synthhealth.core.generate.clinical;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.SplittableRandom;
import org.synthhealth.core.model.EncounterClass;

/**
 * When a clinic takes visits: wellness, outpatient and urgent-care visits start between 8:00 and 16:30 local time in
 * the patient's time zone ({@link CityTimeZones}), Monday to Friday, never on a {@link ClinicHolidays holiday}. The
 * emergency department and the wards take patients at any hour of any day. Local times are converted with the rules
 * of an explicit {@link ZoneId}, summer time included, never with the JVM's default zone.
 */
final class ClinicHours {

    /** The first start, in minutes after local midnight. */
    static final int OPENS = 8 * 60;
    /** The last start, in minutes after local midnight. */
    static final int LAST_START = 16 * 60 + 30;

    private ClinicHours() {
    }

    /** Whether visits of {@code cls} keep clinic hours; emergency visits and admissions do not. */
    static boolean keepsHours(EncounterClass cls) {
        return cls != EncounterClass.EMERGENCY && cls != EncounterClass.INPATIENT;
    }

    /** Whether the clinic is open on the local date {@code day}: a weekday that is not a holiday. */
    static boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !ClinicHolidays.isHoliday(day);
    }

    /** A random start within clinic hours, in minutes after local midnight, on the five-minute grid. */
    static int randomStart(SplittableRandom random) {
        return OPENS + 5 * random.nextInt((LAST_START - OPENS) / 5 + 1);
    }

    /**
     * The start, near the local time {@code minute}, of a clinic visit of {@code minutes} that lies wholly on the UTC
     * date {@code utcDay}: that time on the local date {@code utcDay}, or on the local day before when the former is
     * already the next day in UTC (a Hawaii afternoon, say); a visit that would then run past midnight UTC starts
     * early enough to end by it. The engine dates a visit, and all that is recorded at it, by its UTC day, so a visit
     * asked for on a day keeps that day. For US zones the answer stays within clinic hours.
     */
    static Instant onUtcDay(LocalDate utcDay, int minute, int minutes, ZoneId zone) {
        Instant start = at(utcDay, minute, zone);
        if (utcDate(start).isAfter(utcDay)) {
            start = at(utcDay.minusDays(1), minute, zone);
        }
        Instant latest = nextUtcMidnight(start).minusSeconds(60L * minutes);
        return start.isAfter(latest) ? latest : start;
    }

    /**
     * The first start at or after {@code t} that clinic hours allow for a visit of {@code minutes} that does not run
     * past midnight UTC: {@link #firstOpen}, or when the visit would run past that midnight, the first open time after
     * it.
     */
    static Instant firstOpenWithinUtcDay(Instant t, int minutes, int askedMinute, ZoneId zone) {
        Instant start = firstOpen(t, askedMinute, zone);
        while (start.plusSeconds(60L * minutes).isAfter(nextUtcMidnight(start))) {
            start = firstOpen(nextUtcMidnight(start), askedMinute, zone);
        }
        return start;
    }

    /**
     * The first start at or after {@code t} that clinic hours allow: {@code t} itself when the clinic is open then,
     * the opening time when {@code t} is earlier on a working day, else the next working day at {@code askedMinute}
     * (kept within the hours). {@code t} is on the five-minute grid, and so is the answer.
     */
    static Instant firstOpen(Instant t, int askedMinute, ZoneId zone) {
        ZonedDateTime local = t.atZone(zone);
        LocalDate day = local.toLocalDate();
        int minute = local.getHour() * 60 + local.getMinute();
        if (isWorkingDay(day) && minute <= LAST_START) {
            return minute < OPENS ? at(day, OPENS, zone) : t;
        }
        LocalDate next = day.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return at(next, Math.max(OPENS, Math.min(LAST_START, askedMinute)), zone);
    }

    /** Minutes after local midnight of {@code t} in {@code zone}. */
    static int localMinute(Instant t, ZoneId zone) {
        ZonedDateTime local = t.atZone(zone);
        return local.getHour() * 60 + local.getMinute();
    }

    private static Instant at(LocalDate day, int minute, ZoneId zone) {
        return ZonedDateTime.of(day, LocalTime.of(minute / 60, minute % 60), zone).toInstant();
    }

    private static Instant nextUtcMidnight(Instant t) {
        return utcDate(t).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static LocalDate utcDate(Instant t) {
        return LocalDate.ofInstant(t, ZoneOffset.UTC);
    }
}
