package org.synthhealth.core.generate.clinical;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.synthhealth.core.AgeBand;
import org.synthhealth.core.generate.codes.ConditionCatalogue;
import org.synthhealth.core.model.EncounterClass;

/**
 * Decides whether a patient died during the last five years of the record, and of what. Each year's risk, at the age
 * reached that year, is a floor plus a term growing exponentially with age (a Gompertz-Makeham curve), times a weight
 * for serious chronic conditions; counted per year lived, a cohort comes close to the US life tables (about 1.3 % a
 * year in the sixties, 3-4 % in the seventies, 7 % in the eighties). The cause is one of the patient's conditions
 * that a certifier would name ({@link CausesOfDeath}); a patient without one dies of pneumonia diagnosed at the
 * final admission. Death ends an inpatient stay, and nothing is planned after it.
 *
 * <p>When {@code condition_prevalence} sets pneumonia to 0, an adult never gets it, not even as a cause of death: an
 * adult with no condition that could be named as the cause is then spared, unless the cohort requires the death.
 */
final class DeathPlanner {

    private static final int WINDOW_YEARS = 5;
    /** The yearly chance of dying whatever the adult's age (accidents and other causes the engine does not model). */
    private static final double MAKEHAM = 0.0006;
    private static final double GOMPERTZ_LEVEL = -10.44;
    private static final double GOMPERTZ_SLOPE = 0.088;

    private final boolean adultPneumonia;

    /** A planner whose causes of death for adults include pneumonia ({@code adultPneumonia}) or not. */
    DeathPlanner(boolean adultPneumonia) {
        this.adultPneumonia = adultPneumonia;
    }

    void plan(Chart chart, SplittableRandom random, Optional<Boolean> required, Set<String> forced) {
        Optional<LocalDate> natural = naturalDeath(chart, random);
        boolean dies = required.orElse(natural.isPresent());
        if (!dies) {
            return;
        }
        LocalDate latest = chart.reference.minusDays(1);
        LocalDate earliest = chart.reference.minusYears(WINDOW_YEARS);
        for (String key : forced) {
            LocalDate needed = chart.birthday(ConditionCatalogue.get(key).minOnsetAge()).plusDays(30);
            LocalDate first = ConditionCatalogue.firstDiagnosed(key).map(d -> d.plusDays(30)).orElse(needed);
            if (first.isAfter(needed)) {
                needed = first;
            }
            if (needed.isAfter(earliest)) {
                earliest = needed;
            }
        }
        if (!earliest.isAfter(chart.birth)) {
            earliest = chart.birth.plusDays(1);
        }
        if (earliest.isAfter(latest) && required.isEmpty()) {
            // A required condition could not begin before such a death (COVID-19 just after it appeared); chance
            // spares the patient rather than date the condition too early.
            return;
        }
        if (earliest.isAfter(latest)) {
            earliest = latest.isBefore(chart.birth) ? chart.birth : latest;
        }
        LocalDate deathDate = natural.isPresent() && !natural.get().isBefore(earliest) && !natural.get().isAfter(latest)
                ? natural.get() : earliest.plusDays(random.nextLong(ChronoUnit.DAYS.between(earliest, latest) + 1));
        // At least a night in hospital: a cause diagnosed at the admission begins on an earlier day than the death.
        LocalDate admission = deathDate.minusDays(1 + random.nextInt(7));
        if (admission.isBefore(chart.birth)) {
            admission = chart.birth;
        }
        boolean pneumonia = adultPneumonia || chart.age(admission) < AgeBand.ADULT;
        if (!pneumonia && required.isEmpty()
                && CausesOfDeath.candidates(chart, admission.minusDays(1), deathDate).isEmpty()) {
            return;
        }
        chart.lastVisitDate = admission.minusDays(1);
        dropLaterConditions(chart, random, forced);

        Instant start = admission.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(60L * (5 * random.nextInt(
                12 * 14) + 8 * 60 - 7 * 60));
        Instant death = deathDate.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(60L * 5 * random.nextInt(287));
        if (!death.isAfter(start.plusSeconds(3600))) {
            death = start.plusSeconds(3600L + 300L * random.nextInt(100));
        }
        Instant dayEnd = chart.reference.atStartOfDay(ZoneOffset.UTC).toInstant();
        if (death.isAfter(dayEnd.minusSeconds(60))) {
            death = dayEnd.minusSeconds(60);
        }
        if (!start.isBefore(death)) {
            start = death.minusSeconds(1800);
        }
        Diagnosis cause = chooseCause(chart, random, admission, LocalDate.ofInstant(death, ZoneOffset.UTC), pneumonia);
        chart.deathCause = cause;
        chart.deathDate = Optional.of(LocalDate.ofInstant(death, ZoneOffset.UTC));
        chart.deathInstant = death;
        chart.terminalVisit = chart.fixedVisit(Purpose.TERMINAL, EncounterClass.INPATIENT, start, death, cause);
        if (cause.diagnosedAt == null && cause.onset.equals(admission)) {
            cause.diagnosedAt = chart.terminalVisit;
            VisitPlanner.addDiagnosticProcedure(chart.terminalVisit, cause.key());
        }
    }

    private static void dropLaterConditions(Chart chart, SplittableRandom random, Set<String> forced) {
        for (Iterator<Diagnosis> it = chart.diagnoses.iterator(); it.hasNext(); ) {
            Diagnosis d = it.next();
            if (d.onset.isAfter(chart.lastVisitDate)) {
                if (forced.contains(d.key())) {
                    d.onset = ConditionPlanner.chronicOnset(chart, random, d.definition);
                } else {
                    it.remove();
                }
            }
        }
    }

    /**
     * The cause of a death on {@code death}: one of the conditions a certifier would name, chosen by weight, or in
     * 15 % of such deaths (and whenever there is none) pneumonia diagnosed at the final admission.
     */
    private static Diagnosis chooseCause(Chart chart, SplittableRandom random, LocalDate admission, LocalDate death,
            boolean pneumoniaAllowed) {
        List<Diagnosis> candidates = CausesOfDeath.candidates(chart, chart.lastVisitDate, death);
        double total = 0;
        for (Diagnosis d : candidates) {
            total += CausesOfDeath.weight(d.key());
        }
        double u = random.nextDouble();
        if (total > 0 && (u >= 0.15 || !pneumoniaAllowed)) {
            double pick = random.nextDouble() * total;
            for (Diagnosis d : candidates) {
                pick -= CausesOfDeath.weight(d.key());
                if (pick < 0) {
                    return d;
                }
            }
            // Rounding can leave the pick a hair above 0 after the last one.
            return candidates.get(candidates.size() - 1);
        }
        Diagnosis pneumonia = new Diagnosis(ConditionCatalogue.get("pneumonia"), admission);
        chart.diagnoses.add(pneumonia);
        return pneumonia;
    }

    /**
     * The day the patient dies of natural causes within the window, if they do: each year of the window in turn, at
     * the age reached that year, with a Gompertz-Makeham chance (a floor for the young, rising exponentially with
     * age) times the weight of serious conditions.
     */
    private static Optional<LocalDate> naturalDeath(Chart chart, SplittableRandom random) {
        double comorbidity = comorbidity(chart);
        LocalDate windowStart = chart.reference.minusYears(WINDOW_YEARS);
        for (int year = 0; year < WINDOW_YEARS; year++) {
            LocalDate from = windowStart.plusYears(year);
            LocalDate to = from.plusYears(1);
            double u = random.nextDouble();
            if (!to.isAfter(chart.birth.plusDays(1))) {
                continue;
            }
            if (from.isBefore(chart.birth.plusDays(1))) {
                from = chart.birth.plusDays(1);
            }
            int age = chart.age(from.plusDays(ChronoUnit.DAYS.between(from, to) / 2));
            if (age < AgeBand.ADULT) {
                // Children die mostly of injuries, cancers and congenital anomalies, none of which the engine
                // models; a record could only give them pneumonia, which kills few children, as the cause.
                continue;
            }
            double chance = Math.min(0.5, (MAKEHAM + Math.exp(GOMPERTZ_LEVEL + GOMPERTZ_SLOPE * age)) * comorbidity);
            if (u < chance) {
                return Optional.of(from.plusDays(random.nextLong(ChronoUnit.DAYS.between(from, to))));
            }
        }
        return Optional.empty();
    }

    private static double comorbidity(Chart chart) {
        double factor = 1;
        for (Diagnosis d : chart.diagnoses) {
            factor *= 1 + 0.15 * lethality(d.key());
        }
        return factor;
    }

    /**
     * How much a condition raises the yearly risk of dying, whether or not it could be named as the cause: moderate
     * kidney disease, diabetes and hypertension shorten lives mostly through the heart and vessels.
     */
    private static double lethality(String key) {
        return switch (key) {
            case "heart_failure" -> 5;
            case "heart_disease" -> 4;
            case "copd" -> 3;
            case "ckd" -> 2;
            case "diabetes", "atrial_fibrillation" -> 1.5;
            case "hypertension" -> 1;
            default -> 0;
        };
    }
}
