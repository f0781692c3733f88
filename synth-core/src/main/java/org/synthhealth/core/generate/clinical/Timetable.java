package org.synthhealth.core.generate.clinical;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.synthhealth.core.model.EncounterClass;

/**
 * Finds when a visit can take place without overlapping those already planned: a patient is in one place at a
 * time, and nothing happens at the clinic while they are in hospital. A visit that would overlap another starts when
 * the other ends: at once for the emergency department and the wards, which are open day and night; for the clinic
 * within its hours (13:00 to 21:30 UTC, as {@link VisitPlanner#daytime} draws them), else the next day at the time
 * first asked for. Each step starts later than the last, so the search ends.
 */
final class Timetable {

    /** The clinic's first start, in minutes after midnight UTC (8:00 Eastern). */
    private static final int OPENS = 13 * 60;
    /** The clinic's last start, in minutes after midnight UTC (16:30 Eastern). */
    private static final int LAST_START = 21 * 60 + 30;
    private static final long STEP_SECONDS = 5 * 60;

    private Timetable() {
    }

    /**
     * The first start at or after {@code requested} at which a visit of {@code minutes} overlaps none of
     * {@code planned}; empty when that start falls after {@code latestDay} or the visit would end after
     * {@code recordEnd}.
     */
    static Optional<Instant> firstFree(List<Visit> planned, EncounterClass cls, Instant requested, int minutes,
            LocalDate latestDay, Instant recordEnd) {
        int asked = minuteOfDay(requested);
        Instant start = requested;
        while (true) {
            Instant end = start.plusSeconds(minutes * 60L);
            if (day(start).isAfter(latestDay) || end.isAfter(recordEnd)) {
                return Optional.empty();
            }
            Optional<Instant> busyUntil = busyUntil(planned, start, end);
            if (busyUntil.isEmpty()) {
                return Optional.of(start);
            }
            start = nextStart(busyUntil.get(), cls, asked);
        }
    }

    /** The latest end of the planned visits that overlap {@code start..end}; empty when none does. */
    private static Optional<Instant> busyUntil(List<Visit> planned, Instant start, Instant end) {
        Instant until = null;
        for (Visit v : planned) {
            if (v.start.isBefore(end) && start.isBefore(v.end) && (until == null || v.end.isAfter(until))) {
                until = v.end;
            }
        }
        return Optional.ofNullable(until);
    }

    /** The first start a visit of {@code cls} can take from {@code free}, on the five-minute grid of all starts. */
    private static Instant nextStart(Instant free, EncounterClass cls, int asked) {
        long seconds = Math.floorDiv(free.getEpochSecond() + STEP_SECONDS - 1, STEP_SECONDS) * STEP_SECONDS;
        Instant t = Instant.ofEpochSecond(seconds);
        if (cls == EncounterClass.EMERGENCY || cls == EncounterClass.INPATIENT) {
            return t;
        }
        LocalDate day = day(t);
        Instant opens = at(day, OPENS);
        Instant start = t.isBefore(opens) ? opens : t;
        if (!start.isAfter(at(day, LAST_START))) {
            return start;
        }
        return at(day.plusDays(1), Math.max(OPENS, Math.min(LAST_START, asked)));
    }

    private static LocalDate day(Instant t) {
        return LocalDate.ofEpochDay(Math.floorDiv(t.getEpochSecond(), 86_400L));
    }

    private static int minuteOfDay(Instant t) {
        return (int) (Math.floorMod(t.getEpochSecond(), 86_400L) / 60);
    }

    private static Instant at(LocalDate day, int minute) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(minute * 60L);
    }
}
