package org.synthhealth.core.format.vista;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.synthhealth.core.InvalidInputException;

/**
 * A date, or date and time, in FileMan's internal form {@code YYYMMDD.HHMMSS}, where {@code YYY} is the year minus
 * 1700.
 *
 * <p>The internal form is a canonical MUMPS number, so trailing zeros of the time are dropped (14:30 is {@code .143},
 * 10:00 is {@code .1}). Midnight at the start of a day is written as {@code .24} of the day before, because a zero
 * time would vanish from the number; one second after midnight is {@code .000001}. A month or day of {@code 00}
 * means "not known": July 1978 is {@code 2780700}, the year 1978 alone {@code 2780000}; such imprecise dates carry no
 * time. Years 1800 to 2699 are supported, so the date part always has seven digits.
 *
 * <p>Times have whole-second precision and no zone; this project writes and reads them as UTC.
 *
 * @param year the calendar year, 1800 to 2699
 * @param month 1 to 12, or 0 when not known
 * @param day 1 to the length of the month, or 0 when not known
 * @param time the time of day (whole seconds), present only for an exact date
 */
public record FileManDate(int year, int month, int day, Optional<LocalTime> time) {

    private static final Pattern INTERNAL = Pattern.compile("([1-9][0-9]{6})(?:\\.([0-9]{0,5}[1-9]))?");
    private static final int MIN_YEAR = 1800;
    private static final int MAX_YEAR = 2699;

    /** Checks the parts; an impossible date or time throws {@link IllegalArgumentException}. */
    public FileManDate {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("FileMan year " + year + " is outside " + MIN_YEAR + "-" + MAX_YEAR);
        }
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("month " + month + " is not 0-12");
        }
        if (month == 0 && day != 0) {
            throw new IllegalArgumentException("day " + day + " given without a month");
        }
        if (day < 0 || (day > 0 && day > LocalDate.of(year, month, 1).lengthOfMonth())) {
            throw new IllegalArgumentException("day " + day + " does not exist in " + year + "-" + month);
        }
        if (time.isPresent() && day == 0) {
            throw new IllegalArgumentException("a time needs an exact date");
        }
        if (time.isPresent() && time.get().getNano() != 0) {
            throw new IllegalArgumentException("FileMan times have whole seconds, not " + time.get());
        }
    }

    /** The exact date {@code date} without a time. */
    public static FileManDate of(LocalDate date) {
        return new FileManDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), Optional.empty());
    }

    /** The date and time {@code dateTime}, truncated to whole seconds. */
    public static FileManDate of(LocalDateTime dateTime) {
        LocalDateTime t = dateTime.truncatedTo(ChronoUnit.SECONDS);
        return new FileManDate(t.getYear(), t.getMonthValue(), t.getDayOfMonth(), Optional.of(t.toLocalTime()));
    }

    /** The instant {@code instant} as a UTC date and time, truncated to whole seconds. */
    public static FileManDate of(Instant instant) {
        return of(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    /** A month whose day is not known, such as {@code 2780700}. */
    public static FileManDate ofMonth(int year, int month) {
        if (month == 0) {
            throw new IllegalArgumentException("month must be 1-12 for a month date");
        }
        return new FileManDate(year, month, 0, Optional.empty());
    }

    /** A year whose month and day are not known, such as {@code 2780000}. */
    public static FileManDate ofYear(int year) {
        return new FileManDate(year, 0, 0, Optional.empty());
    }

    /** The internal form of {@code date}, for example {@code 3240315}. */
    public static String format(LocalDate date) {
        return of(date).internal();
    }

    /** The internal form of {@code instant} in UTC, for example {@code 3240315.143}. */
    public static String format(Instant instant) {
        return of(instant).internal();
    }

    /**
     * Reads an internal FileMan date such as {@code 3240315.143}.
     *
     * @throws InvalidInputException when the text is not a canonical FileMan date or names an impossible date or time
     */
    public static FileManDate parse(String internal) {
        Matcher m = INTERNAL.matcher(internal);
        if (!m.matches()) {
            throw invalid(internal, "not of the form YYYMMDD[.HHMMSS] without trailing zeros");
        }
        String datePart = m.group(1);
        int year = 1700 + Integer.parseInt(datePart.substring(0, 3));
        int month = Integer.parseInt(datePart.substring(3, 5));
        int day = Integer.parseInt(datePart.substring(5, 7));
        try {
            if (m.group(2) == null) {
                return new FileManDate(year, month, day, Optional.empty());
            }
            String hms = (m.group(2) + "00000").substring(0, 6);
            int hour = Integer.parseInt(hms.substring(0, 2));
            int minute = Integer.parseInt(hms.substring(2, 4));
            int second = Integer.parseInt(hms.substring(4, 6));
            if (hour == 24 && minute == 0 && second == 0) {
                LocalDate next = new FileManDate(year, month, day, Optional.empty()).exactDate(internal).plusDays(1);
                return of(next.atStartOfDay());
            }
            return new FileManDate(year, month, day, Optional.of(LocalTime.of(hour, minute, second)));
        } catch (IllegalArgumentException | DateTimeException e) {
            throw invalid(internal, e.getMessage());
        }
    }

    /** Like {@link #parse(String)}, but empty instead of throwing for text that is not a valid FileMan date. */
    public static Optional<FileManDate> tryParse(String internal) {
        try {
            return Optional.of(parse(internal));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }

    /** The internal form, for example {@code 3240315.143}; midnight is {@code .24} of the previous day. */
    public String internal() {
        if (time.isPresent() && time.get().equals(LocalTime.MIDNIGHT)) {
            LocalDate before = LocalDate.of(year, month, day).minusDays(1);
            return datePart(before.getYear(), before.getMonthValue(), before.getDayOfMonth()) + ".24";
        }
        String date = datePart(year, month, day);
        if (time.isEmpty()) {
            return date;
        }
        LocalTime t = time.get();
        String hms = String.format(java.util.Locale.ROOT, "%02d%02d%02d", t.getHour(), t.getMinute(), t.getSecond());
        int end = hms.length();
        while (hms.charAt(end - 1) == '0') {
            end--;
        }
        return date + "." + hms.substring(0, end);
    }

    /** The calendar date, when month and day are known. */
    public Optional<LocalDate> date() {
        return day == 0 ? Optional.empty() : Optional.of(LocalDate.of(year, month, day));
    }

    /** The date and time, when both are known. */
    public Optional<LocalDateTime> dateTime() {
        return time.map(t -> LocalDate.of(year, month, day).atTime(t));
    }

    /** The date and time read as UTC, when both are known. */
    public Optional<Instant> instant() {
        return dateTime().map(t -> t.toInstant(ZoneOffset.UTC));
    }

    /** The internal form; see {@link #internal()}. */
    @Override
    public String toString() {
        return internal();
    }

    private LocalDate exactDate(String internal) {
        return date().orElseThrow(() -> invalid(internal, "a time needs an exact date"));
    }

    private static String datePart(int year, int month, int day) {
        if (year < MIN_YEAR) {
            throw new IllegalArgumentException("FileMan year " + year + " is before " + MIN_YEAR);
        }
        return String.format(java.util.Locale.ROOT, "%03d%02d%02d", year - 1700, month, day);
    }

    private static InvalidInputException invalid(String internal, String why) {
        return new InvalidInputException("FileMan date '" + internal + "': " + why
                + "; expected YYYMMDD[.HHMMSS] with YYY = year - 1700, for example 3240315.143");
    }
}
