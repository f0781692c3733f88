package org.synthhealth.core.generate.clinical;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.synthhealth.core.model.EncounterClass;

/**
 * Finds when a visit can take place without overlapping those already planned: a patient is in one place at a
 * time, and nothing happens at the clinic while they are in hospital. A visit that would overlap another starts when
 * the other ends: at once for the emergency department and the wards, which are open day and night; for the clinic
 * within its {@link ClinicHours hours} in the patient's time zone, else the next working day at the local time first
 * asked for. A clinic visit asked for when the clinic is closed moves the same way, and one never runs past midnight
 * UTC, the engine dating a visit and what is recorded at it by one UTC day. Each step starts later than the last, so
 * the search ends.
 */
final class Timetable {

    private static final long STEP_SECONDS = 5 * 60;

    private Timetable() {
    }

    /**
     * The first start at or after {@code requested} at which a visit of {@code minutes} overlaps none of
     * {@code planned} and, for a clinic visit, that clinic hours in {@code zone} allow; empty when that start falls
     * after the UTC date {@code latestDay} or the visit would end after {@code recordEnd}.
     */
    static Optional<Instant> firstFree(List<Visit> planned, EncounterClass cls, Instant requested, int minutes,
            LocalDate latestDay, Instant recordEnd, ZoneId zone) {
        int asked = ClinicHours.localMinute(requested, zone);
        Instant start = ClinicHours.keepsHours(cls)
                ? ClinicHours.firstOpenWithinUtcDay(requested, minutes, asked, zone) : requested;
        while (true) {
            Instant end = start.plusSeconds(minutes * 60L);
            if (day(start).isAfter(latestDay) || end.isAfter(recordEnd)) {
                return Optional.empty();
            }
            Optional<Instant> busyUntil = busyUntil(planned, start, end);
            if (busyUntil.isEmpty()) {
                return Optional.of(start);
            }
            start = nextStart(busyUntil.get(), cls, minutes, asked, zone);
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
    private static Instant nextStart(Instant free, EncounterClass cls, int minutes, int asked, ZoneId zone) {
        long seconds = Math.floorDiv(free.getEpochSecond() + STEP_SECONDS - 1, STEP_SECONDS) * STEP_SECONDS;
        Instant t = Instant.ofEpochSecond(seconds);
        return ClinicHours.keepsHours(cls) ? ClinicHours.firstOpenWithinUtcDay(t, minutes, asked, zone) : t;
    }

    private static LocalDate day(Instant t) {
        return LocalDate.ofEpochDay(Math.floorDiv(t.getEpochSecond(), 86_400L));
    }
}
