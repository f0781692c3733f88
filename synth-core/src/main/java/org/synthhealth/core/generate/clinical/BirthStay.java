package org.synthhealth.core.generate.clinical;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import org.synthhealth.core.model.EncounterClass;

/**
 * Plans the stay in hospital in which a child whose record starts at birth ({@link Chart#recordedFromBirth}) is born:
 * an admission with no reason condition (a healthy birth is not one of the engine's conditions) that starts at the
 * moment of birth and ends one to two days later, the usual stay after a vaginal birth (AAP). The engine does not
 * model the mode of delivery, so every birth gets that stay; the three to four days after a caesarean section are not
 * modelled. The stay is where the birth dose of hepatitis B is given ({@link ImmunizationPlanner}), between one and
 * twelve hours after birth and so within the 24 hours ACIP asks for, and where the birth weight and length are
 * charted ({@link Vitals}).
 *
 * <p>The birth date is a calendar date and the engine dates everything by its UTC day, so the time of birth is a
 * moment of that UTC day, on the five-minute grid of all visit times, equally likely at any hour (the morning peak of
 * planned inductions and caesareans is not modelled). Times are drawn from the patient's own stream, so the stay
 * reshuffles no other part of the record. It is planned before every other visit, which then fall around it; it is
 * left out when it would overlap the admission of a death planned before it or end after the record does (a child
 * born in the last two days before the reference date, still in hospital then).
 */
final class BirthStay {

    /**
     * The shortest stay, in minutes: a day, since the newborn screens (the blood spot, pulse oximetry for heart
     * defects) are done from 24 hours of age, before the newborn goes home.
     */
    private static final int SHORTEST_MINUTES = 24 * 60;
    /** The longest stay, in minutes: two days. */
    private static final int LONGEST_MINUTES = 48 * 60;
    /** The earliest the hepatitis B birth dose is given, in minutes after birth. */
    private static final int EARLIEST_DOSE_MINUTES = 60;
    /** The latest the hepatitis B birth dose is given, in minutes after birth: half the 24 hours ACIP allows. */
    private static final int LATEST_DOSE_MINUTES = 12 * 60;
    private static final int MINUTES_A_DAY = 24 * 60;
    private static final int STEP_MINUTES = 5;

    /**
     * Sets the day the newborn goes home ({@link Chart#birthDischarge}) and, when the record starts at birth and has
     * room for it, adds the stay to the chart's visits.
     */
    void plan(Chart chart, SplittableRandom random) {
        Instant born = chart.birth.atStartOfDay(ZoneOffset.UTC).toInstant()
                .plusSeconds(60L * draw(random, 0, MINUTES_A_DAY - STEP_MINUTES));
        Instant discharge = born.plusSeconds(60L * draw(random, SHORTEST_MINUTES, LONGEST_MINUTES));
        int doseMinutes = draw(random, EARLIEST_DOSE_MINUTES, LATEST_DOSE_MINUTES);
        chart.birthDischarge = LocalDate.ofInstant(discharge, ZoneOffset.UTC);

        Instant recordEnd = chart.lastVisitDate.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        if (!chart.recordedFromBirth() || discharge.isAfter(recordEnd) || overlapsPlanned(chart, born, discharge)) {
            return;
        }
        Visit stay = chart.fixedVisit(Purpose.BIRTH, EncounterClass.INPATIENT, born, discharge, null);
        stay.vaccineMinutes = doseMinutes;
    }

    /** A number of minutes from {@code low} to {@code high}, both included, on the five-minute grid. */
    private static int draw(SplittableRandom random, int low, int high) {
        return low + STEP_MINUTES * random.nextInt((high - low) / STEP_MINUTES + 1);
    }

    private static boolean overlapsPlanned(Chart chart, Instant start, Instant end) {
        for (Visit v : chart.visits) {
            if (v.start.isBefore(end) && start.isBefore(v.end)) {
                return true;
            }
        }
        return false;
    }
}
