package org.synthhealth.core.generate.clinical;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.synthhealth.core.ClinicalComplexity;
import org.synthhealth.core.generate.codes.ConditionCatalogue;
import org.synthhealth.core.generate.codes.ConditionDefinition;

/**
 * Decides which conditions a patient has and when they began. Chronic conditions are drawn once for the patient's
 * age on the reference date; some raise the chance of others (diabetes and hypertension raise kidney disease, for
 * example), with the effect divided out so that population figures hold. Acute episodes are drawn per year of the
 * recorded window.
 */
final class ConditionPlanner {

    private final Prevalence prevalence;

    ConditionPlanner(Prevalence prevalence) {
        this.prevalence = prevalence;
    }

    /** Draws chronic conditions; those in {@code forced} are always present. */
    void planChronic(Chart chart, SplittableRandom random, Set<String> forced) {
        int age = chart.age(chart.reference);
        for (ConditionDefinition def : ConditionCatalogue.CHRONIC) {
            boolean must = forced.contains(def.key());
            double p = prevalence.at(def, age, chart.demographics.sex(), riskFactor(chart, def));
            boolean possible = !chart.birthday(def.minOnsetAge()).isAfter(chart.lastVisitDate);
            if (must || (possible && random.nextDouble() < p)) {
                chart.diagnoses.add(new Diagnosis(def, chronicOnset(chart, random, def)));
            }
        }
    }

    /** Draws acute episodes within the recorded window; those in {@code forced} happen at least once. */
    void planAcute(Chart chart, SplittableRandom random, Set<String> forced) {
        LocalDate from = chart.windowStart;
        LocalDate to = chart.lastVisitDate;
        long days = ChronoUnit.DAYS.between(from, to);
        if (days < 1) {
            days = 0;
        }
        double factor = chart.spec.clinicalComplexity() == ClinicalComplexity.LOW ? 0.7
                : chart.spec.clinicalComplexity() == ClinicalComplexity.HIGH ? 1.4 : 1.0;
        int firstAge = chart.age(from);
        int lastAge = Math.max(firstAge, chart.age(from.plusDays(days)));
        for (ConditionDefinition def : ConditionCatalogue.ACUTE) {
            // Episodes are drawn at the window's highest yearly rate, then each is kept with the share of that rate
            // its own date's age has: a window from 14 to 19 meets the adults' rate (an override of 0, say) after 18.
            double peak = 0;
            for (int age = firstAge; age <= lastAge; age++) {
                peak = Math.max(peak, prevalence.at(def, age, chart.demographics.sex(), 1));
            }
            double expected = peak * factor * days / 365.25;
            int count = Math.min(poisson(random, expected), 4);
            boolean placed = false;
            for (int i = 0; i < count; i++) {
                placed |= addEpisode(chart, random, def, from, days, peak);
            }
            if (forced.contains(def.key()) && !placed) {
                for (int attempt = 0; attempt < 50 && !placed; attempt++) {
                    placed = addEpisode(chart, random, def, from, Math.max(days, 0), 0);
                }
                if (!placed) {
                    // Never before the condition existed, even when the record leaves no room after it.
                    LocalDate first = ConditionCatalogue.firstDiagnosed(def.key()).orElse(to);
                    addAt(chart, random, def, first.isAfter(to) ? first : to);
                }
            }
        }
    }

    /**
     * Adds an episode on a random day of the window, kept with its age's share of {@code peak} (0: always), unless it
     * cannot start then or would overlap another.
     */
    private boolean addEpisode(Chart chart, SplittableRandom random, ConditionDefinition def, LocalDate from,
            long days, double peak) {
        LocalDate date = from.plusDays(days > 0 ? random.nextLong(days + 1) : 0);
        if (peak > 0 && random.nextDouble() * peak >= prevalence.at(def, chart.age(date), chart.demographics.sex(),
                1)) {
            return false;
        }
        if (!canStart(chart, def, date)) {
            return false;
        }
        Diagnosis episode = episode(chart, random, def, date);
        if (chart.overlapsEpisode(episode)) {
            return false;
        }
        chart.diagnoses.add(episode);
        return true;
    }

    private static void addAt(Chart chart, SplittableRandom random, ConditionDefinition def, LocalDate date) {
        chart.diagnoses.add(episode(chart, random, def, date));
    }

    /**
     * Whether an episode of the acute condition {@code def} may begin on {@code date}: after the neonatal period
     * ({@link Illness#NEONATAL_DAYS}), at an age it occurs at, in the recorded span, and not before the condition
     * existed.
     */
    private static boolean canStart(Chart chart, ConditionDefinition def, LocalDate date) {
        return !date.isBefore(chart.birth.plusDays(Illness.NEONATAL_DAYS)) && chart.age(date) >= def.minOnsetAge()
                && !date.isAfter(chart.lastVisitDate)
                && ConditionCatalogue.firstDiagnosed(def.key()).filter(date::isBefore).isEmpty();
    }

    /** An episode from {@code date} that resolves one to three weeks later, unless that is past the reference date. */
    private static Diagnosis episode(Chart chart, SplittableRandom random, ConditionDefinition def, LocalDate date) {
        Diagnosis d = new Diagnosis(def, date);
        LocalDate resolved = date.plusDays(7 + random.nextInt(15));
        if (resolved.isBefore(chart.reference)) {
            d.resolution = Optional.of(resolved);
        }
        return d;
    }

    /** A plausible onset date between the first age it occurs at and the day before the reference date. */
    static LocalDate chronicOnset(Chart chart, SplittableRandom random, ConditionDefinition def) {
        LocalDate earliest = chart.birthday(def.minOnsetAge());
        if (!earliest.isAfter(chart.birth)) {
            earliest = chart.birth.plusDays(1);
        }
        LocalDate latest = chart.lastVisitDate;
        int span = def.key().equals("asthma") ? 60 : 25;
        LocalDate recent = latest.minusYears(span);
        if (recent.isAfter(earliest)) {
            earliest = recent;
        }
        long days = ChronoUnit.DAYS.between(earliest, latest);
        if (days <= 0) {
            return latest.isAfter(chart.birth) ? latest : chart.birth;
        }
        return earliest.plusDays(random.nextLong(days + 1));
    }

    private double riskFactor(Chart chart, ConditionDefinition def) {
        if (RiskFactors.bySmoking(def.key())) {
            return RiskFactors.smoking(def.key(), chart.social.smoking(), chart.spec.smokingDistribution());
        }
        RiskFactors.Driven driven = RiskFactors.driven(def.key());
        if (driven == null) {
            return 1.0;
        }
        return has(chart, driven.conditions()) ? driven.with() : driven.without();
    }

    private static boolean has(Chart chart, List<String> keys) {
        for (String key : keys) {
            if (chart.find(key).isPresent()) {
                return true;
            }
        }
        return false;
    }

    static int poisson(SplittableRandom random, double mean) {
        if (mean <= 0) {
            return 0;
        }
        double limit = Math.exp(-Math.min(mean, 30));
        double product = random.nextDouble();
        int n = 0;
        while (product > limit) {
            n++;
            product *= random.nextDouble();
        }
        return n;
    }
}
