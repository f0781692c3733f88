package org.synthhealth.core.generate.clinical;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.synthhealth.core.AgeBand;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.model.Code;
import org.synthhealth.core.model.Demographics;
import org.synthhealth.core.model.EncounterClass;
import org.synthhealth.core.model.SocialHistory;

/**
 * One patient's record while it is planned: who they are, the span their record covers, and the conditions and
 * visits planned so far. Not shared between threads.
 */
final class Chart {

    final CohortSpec spec;
    final long seed;
    final long index;
    final String patientId;
    final Demographics demographics;
    final SocialHistory social;
    /** The time zone of the patient's city, in which clinic hours are kept; the model has no address history. */
    final ZoneId zone;
    final LocalDate birth;
    final LocalDate reference;
    /**
     * The first day adult care (wellness, follow-up, acute visits) is recorded; children are recorded from birth
     * ({@link #recordedFromBirth}).
     */
    final LocalDate windowStart;
    /**
     * The UTC day a newborn goes home from the birth stay ({@link BirthStay}), from which the first newborn clinic
     * visit is counted; set for every patient, whether or not the record holds the stay.
     */
    LocalDate birthDischarge;
    /** The last day a planned visit may take place; the day before death's admission, or before the reference date. */
    LocalDate lastVisitDate;
    Optional<LocalDate> deathDate = Optional.empty();
    Instant deathInstant;
    Diagnosis deathCause;
    Visit terminalVisit;
    /** The substances the patient is allergic to, known from birth so that no prescription ignores them. */
    List<Code> allergies = List.of();
    final List<Diagnosis> diagnoses = new ArrayList<>();
    final List<Visit> visits = new ArrayList<>();
    private int sequence;

    Chart(CohortSpec spec, long seed, long index, String patientId, Demographics demographics, SocialHistory social,
            int historyYears) {
        this.spec = spec;
        this.seed = seed;
        this.index = index;
        this.patientId = patientId;
        this.demographics = demographics;
        this.social = social;
        this.zone = CityTimeZones.of(demographics.address());
        this.birth = demographics.birthDate();
        this.reference = spec.referenceDate();
        LocalDate recent = reference.minusYears(historyYears);
        this.windowStart = birth.isAfter(recent) ? birth : recent;
        this.lastVisitDate = reference.minusDays(1);
    }

    /**
     * Whether the record starts at birth: a child on the reference date has every well-child visit, childhood vaccine
     * and the birth stay in it; an adult's record covers the last years only ({@link #windowStart}).
     */
    boolean recordedFromBirth() {
        return age(reference) < AgeBand.ADULT;
    }

    /** Age in whole years on a date. */
    int age(LocalDate date) {
        return (int) ChronoUnit.YEARS.between(birth, date);
    }

    /** Age in fractional years on a date. */
    double ageYears(LocalDate date) {
        return ChronoUnit.DAYS.between(birth, date) / 365.25;
    }

    /** The first day of the year of life that starts at {@code years}. */
    LocalDate birthday(int years) {
        return birth.plusYears(years);
    }

    /** The diagnosis with this key, if planned. */
    Optional<Diagnosis> find(String key) {
        for (Diagnosis d : diagnoses) {
            if (d.key().equals(key)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** Whether a condition with this key is present on {@code date}. */
    boolean has(String key, LocalDate date) {
        for (Diagnosis d : diagnoses) {
            if (d.key().equals(key) && d.activeOn(date)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether another episode of the same acute illness is under way on any day of {@code episode}, or ended or begins
     * fewer than {@link Illness#GAP_DAYS} days from it: a cold does not begin while the last one lasts, nor the day it
     * resolves. Pharyngitis and strep throat are one sore-throat illness here. An episode that never resolves lasts to
     * the end of the record.
     */
    boolean overlapsEpisode(Diagnosis episode) {
        for (Diagnosis d : diagnoses) {
            if (d != episode && Illness.same(d.key(), episode.key())
                    && Illness.near(d.onset, d.resolution, episode.onset, episode.resolution)) {
                return true;
            }
        }
        return false;
    }

    /** The chronic conditions present on a date. */
    List<Diagnosis> chronicOn(LocalDate date) {
        List<Diagnosis> list = new ArrayList<>();
        for (Diagnosis d : diagnoses) {
            if (d.definition.chronic() && !d.onset.isAfter(date)) {
                list.add(d);
            }
        }
        return list;
    }

    /**
     * Plans a visit on the UTC date {@code date}, or at the first free time after it: a patient is in one place at
     * a time, so a visit that would overlap one already planned comes after it ({@link Timetable}), on a later day if
     * need be. An emergency visit or admission asks to start {@code startMinute} minutes after midnight UTC; a clinic
     * visit asks for {@code startMinute} minutes after midnight in the patient's {@link #zone}
     * ({@link ClinicHours#onUtcDay}) and, when the clinic is closed then, moves to its next working day. Returns empty
     * when it would fall before birth or end after the last visit day. A caller whose visit carries something tied to
     * its day compares {@link Visit#date()} with {@code date}.
     */
    Optional<Visit> visit(Purpose purpose, EncounterClass cls, LocalDate date, int startMinute, int minutes,
            Diagnosis reason) {
        return place(purpose, cls, date, startMinute, minutes, reason, lastVisitDate);
    }

    /** As {@link #visit}, but only on {@code date} itself: empty when that day has no free time for it. */
    Optional<Visit> visitOn(Purpose purpose, EncounterClass cls, LocalDate date, int startMinute, int minutes,
            Diagnosis reason) {
        return place(purpose, cls, date, startMinute, minutes, reason, date);
    }

    private Optional<Visit> place(Purpose purpose, EncounterClass cls, LocalDate date, int startMinute, int minutes,
            Diagnosis reason, LocalDate latestDay) {
        if (date.isBefore(birth) || date.isAfter(lastVisitDate)) {
            return Optional.empty();
        }
        Instant requested = ClinicHours.keepsHours(cls) ? ClinicHours.onUtcDay(date, startMinute, minutes, zone)
                : date.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(startMinute * 60L);
        Instant recordEnd = lastVisitDate.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Optional<Instant> start = Timetable.firstFree(visits, cls, requested, minutes, latestDay, recordEnd, zone);
        if (start.isEmpty()) {
            return Optional.empty();
        }
        Visit visit = new Visit(purpose, cls, start.get(), start.get().plusSeconds(minutes * 60L), reason,
                sequence++);
        visits.add(visit);
        return Optional.of(visit);
    }

    /**
     * The first UTC date from {@code date} on which a clinic visit of {@code minutes} asked for at the local time
     * {@code startMinute} finds the clinic open, for a caller that plans with {@link #visitOn} and may choose its day.
     */
    LocalDate clinicDay(LocalDate date, int startMinute, int minutes) {
        LocalDate day = date;
        while (!ClinicHours.isWorkingDay(
                LocalDate.ofInstant(ClinicHours.onUtcDay(day, startMinute, minutes, zone), zone))) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** Adds a visit whose times are already fixed (the admission that ends in death, the birth stay). */
    Visit fixedVisit(Purpose purpose, EncounterClass cls, Instant start, Instant end, Diagnosis reason) {
        Visit visit = new Visit(purpose, cls, start, end, reason, sequence++);
        visits.add(visit);
        return visit;
    }
}
