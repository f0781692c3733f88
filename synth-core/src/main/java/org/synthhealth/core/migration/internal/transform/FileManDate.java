package org.synthhealth.core.migration.internal.transform;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Converts FileMan internal dates ({@code YYYMMDD.HHMMSS}, YYY = year - 1700) to standard dates and times. Imprecise
 * dates (month or day 00) take the first day of the period; midnight written as {@code .24} moves to the next day.
 */
public final class FileManDate {

    private FileManDate() {
    }

    /** The calendar date of a FileMan value; an impossible date raises {@link TransformFailure}. */
    public static LocalDate date(String value, String where) {
        return dateTime(value, where).toLocalDate();
    }

    /** The date and time of a FileMan value, UTC; an impossible value raises {@link TransformFailure}. */
    public static LocalDateTime dateTime(String value, String where) {
        String text = value.trim();
        int dot = text.indexOf('.');
        String datePart = dot < 0 ? text : text.substring(0, dot);
        String timePart = dot < 0 ? "" : text.substring(dot + 1);
        if (datePart.length() != 7 || !datePart.chars().allMatch(Character::isDigit)
                || !timePart.chars().allMatch(Character::isDigit) || timePart.length() > 6) {
            throw new TransformFailure(TransformFailure.Step.PARSE, "invalid FileMan date '" + value + "' in " + where);
        }
        int year = 1700 + Integer.parseInt(datePart.substring(0, 3));
        int month = Math.max(1, Integer.parseInt(datePart.substring(3, 5)));
        int day = Math.max(1, Integer.parseInt(datePart.substring(5, 7)));
        String padded = (timePart + "000000").substring(0, 6);
        int hour = Integer.parseInt(padded.substring(0, 2));
        int minute = Integer.parseInt(padded.substring(2, 4));
        int second = Integer.parseInt(padded.substring(4, 6));
        try {
            LocalDate date = LocalDate.of(year, month, day);
            if (hour == 24 && minute == 0 && second == 0) {
                return date.plusDays(1).atStartOfDay();
            }
            return LocalDateTime.of(date, LocalTime.of(hour, minute, second));
        } catch (DateTimeException e) {
            throw new TransformFailure(TransformFailure.Step.PARSE, "invalid FileMan date '" + value + "' in " + where);
        }
    }
}
