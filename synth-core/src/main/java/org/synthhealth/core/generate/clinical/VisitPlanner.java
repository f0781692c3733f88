package org.synthhealth.core.generate.clinical;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.synthhealth.core.ClinicalComplexity;
import org.synthhealth.core.generate.codes.ConditionCatalogue;
import org.synthhealth.core.generate.codes.Snomed;
import org.synthhealth.core.model.EncounterClass;

/**
 * Plans the visits of a record, never two at once ({@link Chart#visit}), around the birth stay ({@link BirthStay})
 * planned before them: a visit for every diagnosis, wellness visits on the paediatric schedule (from birth for
 * children, the first two or three days after discharge from the birth stay) and then every one to three years but
 * never within eleven months of the last, follow-ups driven by chronic conditions, and emergency visits and admissions
 * whose chance rises with the number of chronic conditions (their reasons chosen by {@link HospitalReasons}). A
 * diagnosis whose visit had to move to a later day takes that day as its onset. {@code clinical_complexity} sets how
 * many follow-ups a year a chronic patient has (low 1, medium 2, high 3). Every visit but an emergency or an admission
 * keeps {@link ClinicHours clinic hours} in the patient's time zone, so one asked for on a weekend or holiday moves to
 * the next working day, as one that would overlap another does.
 */
final class VisitPlanner {

    /** Well-child visit ages in months, then yearly from 4 to 17. */
    private static final int[] WELL_CHILD_MONTHS = {0, 2, 4, 6, 9, 12, 15, 18, 24, 30, 36};

    /**
     * The fewest months between yearly wellness visits from age 4. Drawn on a random day of each year, two visits
     * could otherwise fall days apart; a yearly check-up comes about a year after the last, at most a month early.
     */
    static final int WELLNESS_GAP_MONTHS = 11;

    void plan(Chart chart, SplittableRandom random, Set<String> forced) {
        diagnosisVisits(chart, random, forced);
        wellness(chart, random);
        followUps(chart, random);
        emergencies(chart, random);
        screening(chart, random);
    }

    private void diagnosisVisits(Chart chart, SplittableRandom random, Set<String> forced) {
        for (Iterator<Diagnosis> it = chart.diagnoses.iterator(); it.hasNext(); ) {
            Diagnosis d = it.next();
            if (d.diagnosedAt != null) {
                continue;
            }
            Optional<Visit> visit = diagnosisVisit(chart, random, d).filter(v -> datedBy(chart, d, v));
            if (visit.isEmpty() && !d.onset.isAfter(chart.lastVisitDate)) {
                visit = chart.visit(Purpose.DIAGNOSIS, EncounterClass.AMBULATORY, d.onset, daytime(random), 20, d)
                        .filter(v -> datedBy(chart, d, v));
            }
            if (visit.isPresent()) {
                d.diagnosedAt = visit.get();
            } else if (!forced.contains(d.key()) && d != chart.deathCause) {
                it.remove();
            } else {
                // A required condition, or the cause of death, which the death and its treatment name, stays.
                d.diagnosedAt = latestFreeDay(chart, d);
            }
        }
    }

    /**
     * Dates {@code d} by the visit that diagnoses it, which may have moved past another visit to a later day: the
     * onset becomes the visit's day and an acute episode keeps its length (it stays unresolved if it would resolve on
     * or after the reference date). When the moved episode would come too close to another of its illness, the visit
     * is removed, {@code d} keeps its dates and the answer is false.
     */
    private static boolean datedBy(Chart chart, Diagnosis d, Visit visit) {
        long shift = ChronoUnit.DAYS.between(d.onset, visit.date());
        if (shift == 0) {
            return true;
        }
        LocalDate onset = d.onset;
        Optional<LocalDate> resolution = d.resolution;
        d.onset = visit.date();
        d.resolution = resolution.map(r -> r.plusDays(shift)).filter(r -> r.isBefore(chart.reference));
        if (!d.definition.chronic() && chart.overlapsEpisode(d)) {
            d.onset = onset;
            d.resolution = resolution;
            chart.visits.remove(visit);
            return false;
        }
        return true;
    }

    /**
     * A visit diagnosing a required condition on the latest day with room for it, which becomes its onset: a clinic
     * visit on the latest working day no earlier than the condition can begin (its minimum age, the day it was first
     * diagnosed anywhere), else an emergency visit, which any day allows, else as before a clinic visit on any
     * earlier day.
     */
    private static Visit latestFreeDay(Chart chart, Diagnosis d) {
        LocalDate earliest = chart.birthday(d.definition.minOnsetAge());
        Optional<LocalDate> first = ConditionCatalogue.firstDiagnosed(d.key());
        if (first.isPresent() && first.get().isAfter(earliest)) {
            earliest = first.get();
        }
        Optional<Visit> visit = latestVisitFrom(chart, d, earliest, EncounterClass.AMBULATORY);
        if (visit.isEmpty()) {
            visit = latestVisitFrom(chart, d, earliest, EncounterClass.EMERGENCY);
        }
        if (visit.isEmpty()) {
            visit = latestVisitFrom(chart, d, chart.birth, EncounterClass.AMBULATORY);
        }
        return visit.orElseThrow(() -> new IllegalStateException(
                "no free day for required condition " + d.key() + " of " + chart.patientId));
    }

    private static Optional<Visit> latestVisitFrom(Chart chart, Diagnosis d, LocalDate earliest, EncounterClass cls) {
        for (LocalDate day = chart.lastVisitDate; !day.isBefore(earliest) && !day.isBefore(chart.birth);
                day = day.minusDays(1)) {
            Optional<Visit> visit = cls == EncounterClass.EMERGENCY
                    ? chart.visitOn(Purpose.EMERGENCY, cls, day, 10 * 60, 120, d)
                    : chart.visitOn(Purpose.DIAGNOSIS, cls, day, ClinicHours.OPENS, 20, d);
            if (visit.isPresent()) {
                d.onset = day;
                return visit;
            }
        }
        return Optional.empty();
    }

    private static Optional<Visit> diagnosisVisit(Chart chart, SplittableRandom random, Diagnosis d) {
        if (d.definition.chronic()) {
            Optional<Visit> v = chart.visit(Purpose.DIAGNOSIS, EncounterClass.AMBULATORY, d.onset, daytime(random),
                    30, d);
            v.ifPresent(visit -> addDiagnosticProcedure(visit, d.key()));
            return v;
        }
        String key = d.key();
        Optional<Visit> v;
        if (key.equals("pneumonia") || key.equals("covid19")) {
            boolean admit = key.equals("pneumonia") && (chart.age(d.onset) >= 65 || random.nextDouble() < 0.25);
            if (admit) {
                v = chart.visit(Purpose.INPATIENT, EncounterClass.INPATIENT, d.onset, 5 * random.nextInt(216),
                        1440 * (2 + random.nextInt(5)) + 5 * random.nextInt(60), d);
                if (v.isPresent()) {
                    addDiagnosticProcedure(v.get(), key);
                    return v;
                }
            }
            boolean emergency = key.equals("pneumonia") || random.nextDouble() < 0.2;
            v = emergency
                    ? chart.visit(Purpose.EMERGENCY, EncounterClass.EMERGENCY, d.onset, 5 * random.nextInt(216),
                            120 + 5 * random.nextInt(48), d)
                    : chart.visit(Purpose.ACUTE, EncounterClass.URGENT_CARE, d.onset, daytime(random),
                            45 + 5 * random.nextInt(10), d);
        } else if (random.nextDouble() < 0.35) {
            v = chart.visit(Purpose.ACUTE, EncounterClass.URGENT_CARE, d.onset, daytime(random),
                    45 + 5 * random.nextInt(10), d);
        } else {
            v = chart.visit(Purpose.ACUTE, EncounterClass.AMBULATORY, d.onset, daytime(random),
                    20 + 5 * random.nextInt(3), d);
        }
        v.ifPresent(visit -> addDiagnosticProcedure(visit, key));
        return v;
    }

    /** Adds the test that confirms a diagnosis of {@code key} to the visit that makes it, if it has one. */
    static void addDiagnosticProcedure(Visit visit, String key) {
        switch (key) {
            case "heart_disease", "atrial_fibrillation" -> visit.procedures.add(Snomed.ECG);
            case "heart_failure" -> visit.procedures.add(Snomed.ECHOCARDIOGRAPHY);
            case "pneumonia" -> visit.procedures.add(Snomed.CHEST_XRAY);
            default -> {
            }
        }
    }

    private void wellness(Chart chart, SplittableRandom random) {
        LocalDate careStart = chart.recordedFromBirth() ? chart.birth : chart.windowStart;
        for (int months : WELL_CHILD_MONTHS) {
            // The first newborn visit comes 48 to 72 hours after discharge from the birth stay (AAP).
            LocalDate date = months == 0 ? chart.birthDischarge.plusDays(2 + random.nextInt(2))
                    : chart.birth.plusMonths(months).plusDays(random.nextInt(14));
            int time = daytime(random);
            if (!date.isBefore(careStart)) {
                chart.visit(Purpose.WELLNESS, EncounterClass.WELLNESS, date, time, 30, null);
            }
        }
        LocalDate last = null;
        for (int age = 4; age < 18; age++) {
            LocalDate date = chart.birthday(age).plusDays(random.nextInt(60));
            int time = daytime(random);
            if (!date.isBefore(careStart)) {
                Optional<Visit> visit = chart.visit(Purpose.WELLNESS, EncounterClass.WELLNESS, date, time, 30, null);
                last = visit.map(Visit::date).orElse(last);
            }
        }
        LocalDate adult = chart.birthday(18);
        LocalDate from = adult.isAfter(chart.windowStart) ? adult : chart.windowStart;
        for (LocalDate year = from; !year.isAfter(chart.lastVisitDate); year = year.plusYears(1)) {
            int age = chart.age(year);
            double chance = age < 40 ? 0.4 : age < 65 ? 0.65 : 0.85;
            LocalDate date = year.plusDays(random.nextInt(365));
            if (random.nextDouble() < chance) {
                if (last != null && date.isBefore(last.plusMonths(WELLNESS_GAP_MONTHS))) {
                    date = last.plusMonths(WELLNESS_GAP_MONTHS).plusDays(random.nextInt(31));
                }
                Optional<Visit> visit = chart.visit(Purpose.WELLNESS, EncounterClass.WELLNESS, date, daytime(random),
                        30, null);
                last = visit.map(Visit::date).orElse(last);
            }
        }
    }

    private void followUps(Chart chart, SplittableRandom random) {
        int perYear = switch (chart.spec.clinicalComplexity()) {
            case LOW -> 1;
            case MEDIUM -> 2;
            case HIGH -> 3;
        };
        for (LocalDate year = chart.windowStart; !year.isAfter(chart.lastVisitDate); year = year.plusYears(1)) {
            for (int i = 0; i < perYear; i++) {
                LocalDate date = year.plusDays(random.nextInt(365));
                List<Diagnosis> managed = chart.chronicOn(date).stream()
                        .filter(d -> !d.key().equals("nicotine_dependence") && !d.key().equals("obesity")
                                && d.onset.isBefore(date)).toList();
                if (managed.isEmpty()) {
                    continue;
                }
                Diagnosis reason = managed.get(random.nextInt(managed.size()));
                chart.visit(Purpose.FOLLOW_UP, EncounterClass.AMBULATORY, date, daytime(random),
                        20 + 5 * random.nextInt(3), reason);
            }
        }
    }

    private void emergencies(Chart chart, SplittableRandom random) {
        double factor = chart.spec.clinicalComplexity() == ClinicalComplexity.LOW ? 0.7
                : chart.spec.clinicalComplexity() == ClinicalComplexity.HIGH ? 1.5 : 1.0;
        for (LocalDate year = chart.windowStart; !year.isAfter(chart.lastVisitDate); year = year.plusYears(1)) {
            LocalDate date = year.plusDays(random.nextInt(365));
            int n = chart.chronicOn(date).size();
            double ed = Math.min(0.35, (0.04 + 0.03 * n) * factor);
            double admit = Math.min(0.2, (0.004 + 0.012 * n) * (chart.age(date) >= 65 ? 1.5 : 1) * factor);
            double u = random.nextDouble();
            if (u < admit && n > 0) {
                hospitalVisit(chart, random, year, date, true);
            } else if (u < admit + ed) {
                hospitalVisit(chart, random, year, date, false);
            }
        }
    }

    /**
     * An admission or emergency visit on {@code date} (or when the patient is next free) for a chronic condition that
     * brings the patient in; failing one, the visit at which an acute illness beginning in the year from {@code year}
     * is diagnosed becomes the admission or emergency visit, on the day of its onset and only if the patient has no
     * other visit during it; failing both, there is none.
     */
    private static void hospitalVisit(Chart chart, SplittableRandom random, LocalDate year, LocalDate date,
            boolean admission) {
        Optional<Diagnosis> chronic = HospitalReasons.chronic(chart, date, admission, random);
        Optional<Diagnosis> reason = chronic.or(() -> HospitalReasons.acute(chart, year, admission, random));
        if (reason.isEmpty()) {
            return;
        }
        LocalDate day = chronic.isPresent() ? date : reason.get().onset;
        int start = 5 * random.nextInt(216);
        Purpose purpose = admission ? Purpose.INPATIENT : Purpose.EMERGENCY;
        EncounterClass cls = admission ? EncounterClass.INPATIENT : EncounterClass.EMERGENCY;
        int minutes = admission ? 1440 * (2 + random.nextInt(5)) + 5 * random.nextInt(60)
                : 120 + 5 * random.nextInt(48);
        if (chronic.isPresent()) {
            chart.visit(purpose, cls, day, start, minutes, reason.get());
            return;
        }
        Visit clinic = reason.get().diagnosedAt;
        chart.visits.remove(clinic);
        Optional<Visit> visit = chart.visitOn(purpose, cls, day, start, minutes, reason.get());
        if (visit.isPresent()) {
            reason.get().diagnosedAt = visit.get();
            addDiagnosticProcedure(visit.get(), reason.get().key());
        } else {
            chart.visits.add(clinic);
        }
    }

    private void screening(Chart chart, SplittableRandom random) {
        LocalDate from = chart.birthday(45).isAfter(chart.windowStart) ? chart.birthday(45) : chart.windowStart;
        LocalDate to = chart.birthday(76).isBefore(chart.lastVisitDate) ? chart.birthday(76) : chart.lastVisitDate;
        long days = ChronoUnit.DAYS.between(from, to);
        if (days > 30 && random.nextDouble() < 0.35) {
            chart.visit(Purpose.SCREENING, EncounterClass.AMBULATORY, from.plusDays(random.nextLong(days)),
                    daytime(random), 60, null).ifPresent(v -> v.procedures.add(Snomed.COLONOSCOPY));
        }
    }

    /** A start time within clinic hours, in minutes after midnight in the patient's time zone. */
    static int daytime(SplittableRandom random) {
        return ClinicHours.randomStart(random);
    }
}
