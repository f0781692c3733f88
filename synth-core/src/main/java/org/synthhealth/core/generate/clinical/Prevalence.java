package org.synthhealth.core.generate.clinical;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.synthhealth.core.AgeBand;
import org.synthhealth.core.ClinicalComplexity;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.generate.codes.ConditionCatalogue;
import org.synthhealth.core.generate.codes.ConditionDefinition;
import org.synthhealth.core.generate.people.AgeWithinBand;
import org.synthhealth.core.model.Sex;
import org.synthhealth.core.model.SmokingStatus;

/**
 * The chance that a patient of a given age has a condition, calibrated once per spec.
 *
 * <p>Defaults: each condition's age curve is scaled so that its adult prevalence over the US adult age mix (Census
 * 2023) equals the figure in the catalogue, so the prevalence rises with age as in the source and a cohort with a
 * population-like age distribution lands near the published figure. {@code clinical_complexity} scales the chronic
 * conditions that are not overridden (low 0.75, high 1.3).
 *
 * <p>An override in {@code condition_prevalence} is met over the adults of the spec's own age distribution. For a
 * chronic condition each patient's chance (age curve times {@link RiskFactors}) is shifted on the log-odds scale by
 * one amount, found by bisection so that the average over ages and risk factors equals the override; the rise with
 * age and the excess risk of smokers or of patients with driving conditions are kept, and no chance passes
 * certainty. An override above {@link #ceiling} cannot be met and is refused by the configuration.
 */
public final class Prevalence {

    /** US adults by age (Census 2023, shares of the 18+ population), as {low, high, weight}. */
    private static final double[][] US_ADULTS = {
        {18, 24, 0.117}, {25, 34, 0.171}, {35, 44, 0.166}, {45, 54, 0.153}, {55, 64, 0.161}, {65, 74, 0.131},
        {75, 84, 0.070}, {85, 99, 0.031}};

    private static final int AGES = AgeBand.OLDEST + 1;


    /** Every condition's default curve; children keep it whatever the overrides. */
    private final Map<String, double[]> byAge = new TreeMap<>();
    /** For an overridden condition, the adults' curve: unshifted for a chronic one, rescaled for an acute one. */
    private final Map<String, double[]> adultOverrides = new TreeMap<>();
    /** The log-odds shift of each overridden chronic condition, applied to adults. */
    private final Map<String, Double> shifts = new TreeMap<>();

    /** Calibrates every catalogue condition for the spec. */
    public Prevalence(CohortSpec spec) {
        double[] specAdults = specAdultWeights(spec);
        double complexity = spec.clinicalComplexity() == ClinicalComplexity.LOW ? 0.75
                : spec.clinicalComplexity() == ClinicalComplexity.HIGH ? 1.3 : 1.0;
        double[] usAdults = usAdultWeights();
        for (ConditionDefinition def : ConditionCatalogue.ALL) {
            double[] curve = new double[AGES];
            for (int age = 0; age < AGES; age++) {
                curve[age] = def.relativeAt(age);
            }
            double scale = def.adultPrevalence() / mean(curve, usAdults);
            double[] adult = new double[AGES];
            for (int age = 0; age < AGES; age++) {
                adult[age] = curve[age] * scale;
                curve[age] *= scale * (def.chronic() ? complexity : 1.0);
            }
            Double override = spec.conditionPrevalence().get(def.key());
            if (override != null && def.chronic()) {
                adultOverrides.put(def.key(), adult);
                shifts.put(def.key(), shiftFor(adult, override, specAdults, factorMix(def, spec)));
            } else if (override != null) {
                adultOverrides.put(def.key(), rescaleTo(adult, override, specAdults));
            }
            if (def.chronic()) {
                for (int age = 0; age < AGES; age++) {
                    curve[age] = Math.min(1.0, curve[age]);
                }
            }
            byAge.put(def.key(), curve);
        }
    }

    /**
     * For a chronic condition, the chance of having it at {@code age} for a patient whose {@link RiskFactors} give
     * {@code factor}; for an acute one (factor 1), the expected number of visits for it in a year.
     */
    public double at(ConditionDefinition def, int age, Sex sex, double factor) {
        return chance(def.key(), Math.min(Math.max(age, 0), AgeBand.OLDEST), sexFactor(def.key(), sex) * factor);
    }

    /** How much more (above 1) or less likely than the age curve says {@code sex} makes condition {@code key}. */
    private static double sexFactor(String key, Sex sex) {
        return switch (key) {
            case "hypertension" -> sex == Sex.MALE ? 1.065 : 0.935;
            case "uti" -> sex == Sex.FEMALE ? 1.8 : 0.2;
            default -> 1;
        };
    }

    /** The chance at {@code age} times {@code factor}: overrides apply to adults only. */
    private double chance(String key, int age, double factor) {
        double[] adult = age >= AgeBand.ADULT ? adultOverrides.get(key) : null;
        if (adult == null) {
            return byAge.get(key)[age] * factor;
        }
        Double shift = shifts.get(key);
        return shift == null ? adult[age] * factor : shifted(adult[age] * factor, shift);
    }

    /**
     * The largest share of the spec's adults that can have {@code def}: those old enough for it, and for nicotine
     * dependence only the current smokers among them. Any override up to it can be met.
     */
    public static double ceiling(CohortSpec spec, ConditionDefinition def) {
        if (!hasAdults(spec)) {
            return 0;
        }
        double[] weights = specAdultWeights(spec);
        double eligible = 0;
        double total = 0;
        for (int age = 0; age < AGES; age++) {
            eligible += age >= def.minOnsetAge() ? weights[age] : 0;
            total += weights[age];
        }
        double share = total > 0 ? eligible / total : 0;
        return def.key().equals("nicotine_dependence")
                ? share * spec.smokingDistribution().weight(SmokingStatus.CURRENT) : share;
    }

    /** Why {@link #ceiling} is below 1 for {@code def}: no adults, too few old enough, too few smokers; or empty. */
    public static Optional<String> ceilingReason(CohortSpec spec, ConditionDefinition def) {
        if (!hasAdults(spec)) {
            return Optional.of("age_dist gives no weight to adults (18 and over), whom overrides describe");
        }
        if (def.key().equals("nicotine_dependence")) {
            return Optional.of("only current smokers have it, and smoking_dist gives current "
                    + percent(spec.smokingDistribution().weight(SmokingStatus.CURRENT)) + " of adults");
        }
        if (def.minOnsetAge() <= 18) {
            return Optional.empty();
        }
        return Optional.of("it is not diagnosed before age " + def.minOnsetAge() + ", and age_dist puts "
                + percent(ceiling(spec, def)) + " of adults at that age or older");
    }

    /** Whether {@code age_dist} gives any weight to adults (18 and over), whom overrides describe. */
    public static boolean hasAdults(CohortSpec spec) {
        return spec.ageDistribution().weights().entrySet().stream()
                .anyMatch(e -> e.getValue() > 0 && e.getKey().high() >= AgeBand.ADULT);
    }

    private static String percent(double share) {
        return Math.round(share * 1000) / 10.0 + " %";
    }

    /** {@code p} moved by {@code shift} on the log-odds scale; nothing stays nothing. */
    private static double shifted(double p, double shift) {
        if (p <= 0 || shift == Double.NEGATIVE_INFINITY) {
            return 0;
        }
        if (shift == Double.POSITIVE_INFINITY) {
            return 1;
        }
        double q = Math.min(p, 0.999);
        return 1 / (1 + StrictMath.exp(-(StrictMath.log(q / (1 - q)) + shift)));
    }

    /** At each age, the shares of patients ({@code [i][0]}) with each risk factor ({@code [i][1]}). */
    private interface FactorMix {
        double[][] at(int age);
    }

    /** The risk-factor mix of {@link #riskMix} split further by sex where sex changes the chance. */
    private FactorMix factorMix(ConditionDefinition def, CohortSpec spec) {
        FactorMix risks = riskMix(def, spec);
        if (sexFactor(def.key(), Sex.MALE) == 1 && sexFactor(def.key(), Sex.FEMALE) == 1) {
            return risks;
        }
        return age -> {
            double[][] byRisk = risks.at(age);
            double[][] mix = new double[byRisk.length * Sex.values().length][];
            int i = 0;
            for (Sex sex : Sex.values()) {
                double weight = spec.genderDistribution().weight(sex);
                for (double[] share : byRisk) {
                    mix[i++] = new double[] {share[0] * weight, share[1] * sexFactor(def.key(), sex)};
                }
            }
            return mix;
        };
    }

    private FactorMix riskMix(ConditionDefinition def, CohortSpec spec) {
        if (RiskFactors.bySmoking(def.key())) {
            var smoking = spec.smokingDistribution();
            double[][] mix = new double[SmokingStatus.values().length][];
            for (SmokingStatus status : SmokingStatus.values()) {
                mix[status.ordinal()] = new double[] {smoking.weight(status),
                        RiskFactors.smoking(def.key(), status, smoking)};
            }
            return age -> mix;
        }
        RiskFactors.Driven driven = RiskFactors.driven(def.key());
        if (driven == null) {
            double[][] alone = {{1, 1}};
            return age -> alone;
        }
        return age -> {
            double none = 1;
            for (String key : driven.conditions()) {
                none *= 1 - Math.min(1, chance(key, age, 1));
            }
            return new double[][] {{1 - none, driven.with()}, {none, driven.without()}};
        };
    }

    private static double shiftFor(double[] curve, double target, double[] weights, FactorMix mix) {
        if (target <= 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (target >= 1) {
            return Double.POSITIVE_INFINITY;
        }
        double low = -30;
        double high = 30;
        for (int iteration = 0; iteration < 80; iteration++) {
            double mid = (low + high) / 2;
            if (realisedMean(curve, mid, weights, mix) < target) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return (low + high) / 2;
    }

    private static double realisedMean(double[] curve, double shift, double[] weights, FactorMix mix) {
        double sum = 0;
        double total = 0;
        for (int age = 0; age < AGES; age++) {
            if (weights[age] == 0) {
                continue;
            }
            double atAge = 0;
            for (double[] share : mix.at(age)) {
                atAge += share[0] * shifted(curve[age] * share[1], shift);
            }
            sum += weights[age] * atAge;
            total += weights[age];
        }
        return total > 0 ? sum / total : 0;
    }

    private static double[] rescaleTo(double[] curve, double target, double[] weights) {
        double m = mean(curve, weights);
        double[] scaled = new double[curve.length];
        for (int age = 0; age < curve.length; age++) {
            scaled[age] = m > 0 ? curve[age] * target / m : target;
        }
        return scaled;
    }

    private static double mean(double[] curve, double[] weights) {
        double sum = 0;
        double total = 0;
        for (int age = 0; age < weights.length && age < curve.length; age++) {
            sum += weights[age] * curve[age];
            total += weights[age];
        }
        return total > 0 ? sum / total : 0;
    }

    private static double[] usAdultWeights() {
        double[] w = new double[AGES];
        for (double[] band : US_ADULTS) {
            for (int age = (int) band[0]; age <= band[1]; age++) {
                w[age] = band[2] / (band[1] - band[0] + 1);
            }
        }
        return w;
    }

    /** The spec's adults by age on the reference date, spread within each band as {@link AgeWithinBand} draws. */
    private static double[] specAdultWeights(CohortSpec spec) {
        double[] w = new double[AGES];
        double total = 0;
        for (Map.Entry<AgeBand, Double> e : spec.ageDistribution().weights().entrySet()) {
            AgeBand band = e.getKey();
            for (int age = Math.max(AgeBand.ADULT, band.low()); age <= Math.min(AgeBand.OLDEST, band.high()); age++) {
                w[age] += e.getValue() * AgeWithinBand.share(band.low(), band.high(), age, age);
                total += w[age];
            }
        }
        return total > 0 ? w : usAdultWeights();
    }
}
