package org.synthhealth.core.generate.clinical;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.synthhealth.core.model.Code;
import org.synthhealth.core.model.EncounterClass;

/** A visit being planned: mutable until the chart is assembled, then it has an id. */
final class Visit {

    final Purpose purpose;
    final EncounterClass encounterClass;
    final Instant start;
    final Instant end;
    final Diagnosis reason;
    final int sequence;
    final List<Code> vaccines = new ArrayList<>();
    final List<Code> procedures = new ArrayList<>();
    /**
     * When the visit's vaccines are given, in minutes after its start: soon after a clinic visit begins, but hours
     * into a birth stay, where the newborn is first dried, weighed and fed.
     */
    long vaccineMinutes = 10;
    private final LocalDate date;
    String id;

    Visit(Purpose purpose, EncounterClass encounterClass, Instant start, Instant end, Diagnosis reason, int sequence) {
        this.purpose = purpose;
        this.encounterClass = encounterClass;
        this.start = start;
        this.end = end;
        this.reason = reason;
        this.sequence = sequence;
        this.date = LocalDate.ofEpochDay(Math.floorDiv(start.getEpochSecond(), 86_400L));
    }

    /** The UTC date the visit starts on. */
    LocalDate date() {
        return date;
    }

    long minutes() {
        return (end.getEpochSecond() - start.getEpochSecond()) / 60;
    }

    /** An instant {@code minutes} after the start, never past the end. */
    Instant plusMinutes(long minutes) {
        Instant t = start.plusSeconds(60 * Math.max(0, Math.min(minutes, minutes())));
        return t.isAfter(end) ? end : t;
    }
}
