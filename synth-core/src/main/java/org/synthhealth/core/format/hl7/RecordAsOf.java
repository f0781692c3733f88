package org.synthhealth.core.format.hl7;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.synthhealth.core.AgeBand;
import org.synthhealth.core.model.Allergy;
import org.synthhealth.core.model.Condition;
import org.synthhealth.core.model.Death;
import org.synthhealth.core.model.Encounter;
import org.synthhealth.core.model.MaritalStatus;
import org.synthhealth.core.model.Patient;

/**
 * A patient's record as it stood at one message's event time, so that a message tells only what had happened by then.
 *
 * <p>A {@link Patient} holds the whole record, up to death or the reference date, but each message stands for one
 * moment: an ADT^A04 for the start of the first visit, an ORU^R01 for its draw's time. An interface engine that
 * replays the feed in time order must not learn of a diagnosis made years later, a death still to come or a discharge
 * that has not happened yet.
 *
 * <p>Diagnoses and allergies carry only a calendar date, so a fact counts as known when its date is on or before the
 * event's day (UTC, the zone of every time in the messages) and the visit that recorded it, when the record holds
 * that visit, started at or before the event time: a visit later on the same day has not taken place yet. A
 * diagnosis made at the very visit a message reports is known, as a registration names the visit's diagnosis.
 *
 * @param patient the whole record
 * @param time the message's event time (MSH-7)
 */
record RecordAsOf(Patient patient, Instant time) {

    /** The event's calendar day in UTC, the day against which dates without a time are compared. */
    LocalDate day() {
        return LocalDate.ofInstant(time, ZoneOffset.UTC);
    }

    /**
     * The diagnoses made by the event time and not resolved before its day, in the record's order. A diagnosis that
     * resolved on an earlier day is left out because it no longer describes the patient and DG1 has no field that
     * marks a diagnosis resolved; one that resolves on the event's day or later is still present at the event.
     */
    List<Condition> diagnoses() {
        LocalDate day = day();
        return patient.conditions().stream()
                .filter(c -> recorded(c.encounterId(), c.onsetDate()))
                .filter(c -> c.resolutionDate().map(resolved -> !resolved.isBefore(day)).orElse(true))
                .toList();
    }

    /** The allergies identified by the event time, in the record's order. */
    List<Allergy> allergies() {
        return patient.allergies().stream().filter(a -> recorded(a.encounterId(), a.onsetDate())).toList();
    }

    /** The death, if it happened at or before the event time. */
    /**
     * The marital status the message can tell: the record keeps only the latest, which a patient under 18 at the
     * event time cannot have had yet unless it is never married.
     */
    MaritalStatus maritalStatus() {
        return patient.ageOn(day()) < AgeBand.ADULT ? MaritalStatus.NEVER_MARRIED
                : patient.demographics().maritalStatus();
    }

    Optional<Death> death() {
        return patient.death().filter(d -> !d.dateTime().isAfter(time));
    }

    /** The visit's end, if it had ended by the event time; a visit still under way has no discharge to report. */
    Optional<Instant> discharge(Encounter encounter) {
        return Optional.of(encounter.end()).filter(end -> !end.isAfter(time));
    }

    private boolean recorded(String encounterId, LocalDate date) {
        return !date.isAfter(day())
                && patient.encounter(encounterId).map(visit -> !visit.start().isAfter(time)).orElse(true);
    }
}
