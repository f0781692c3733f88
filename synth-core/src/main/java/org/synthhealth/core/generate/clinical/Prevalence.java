package org.synthhealth.core.generate.clinical;

import java.util.HashMap;
import java.util.Map;
import org.synthhealth.core.AgeBand;
import org.synthhealth.core.ClinicalComplexity;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.generate.codes.ConditionCatalogue;
import org.synthhealth.core.generate.codes.ConditionDefinition;
import org.synthhealth.core.model.Sex;

/**
 * The chance that a patient of a given age has a condition, calibrated once per spec.
 *
 * <p>Defaults: each condition's age curve is scaled so that its adult prevalence over the US adult age mix (Census
 * 2023) equals the figure in the catalogue, so the prevalence rises with age as in the source and a cohort with a
 * population-like age distribution lands near the published figure. An override in {@code condition_prevalence} is
 * met over the adults of the spec's own age distribution: the curve is shifted on the log-odds scale until its mean
 * equals the override, which keeps the rise with age. {@code clinical_complexity} scales the chronic conditions that
 * are not overridden (low 0.75, high 1.3).
 */
public final class Prevalence {

    /** US adults by age (Census 2023, shares of the 18+ population), as {low, high, weight}. */
    private static final double[][] US_ADULTS = {
        {18, 24, 0.117}, {25, 34, 0.171}, {35, 44, 0.166}, {45, 54, 0.153}, {55, 64, 0.161}, {65, 74, 0.131},
        {75, 84, 0.070}, {85, 99, 0.031}};

    private final Map<String, double[]> byAge = new HashMap<>();

    /** Calibrates every catalogue condition for the spec. */
    public Prevalence(CohortSpec spec) {
        double[] specAdults = specAdultWeights(spec);
        double complexity = spec.clinicalComplexity() == ClinicalComplexity.LOW ? 0.75
                : spec.clinicalComplexity() == ClinicalComplexity.HIGH ? 1.3 : 1.0;
        double[] usAdults = usAdultWeights();
        for (ConditionDefinition def : ConditionCatalogue.ALL) {
            double[] curve = new double[121];
            for (int age = 0; age <= 120; age++) {
                curve[age] = def.relativeAt(age);
            }
            double scale = def.adultPrevalence() / mean(curve, usAdults);
            for (int age = 0; age <= 120; age++) {
                curve[age] *= scale * (def.chronic() ? complexity : 1.0);
            }
            Double override = spec.conditionPrevalence().get(def.key());
            if (override != null) {
                for (int age = 0; age <= 120; age++) {
                    curve[age] = def.relativeAt(age) * scale;
                }
                curve = def.chronic() ? shiftTo(curve, override, specAdults)
                        : rescaleTo(curve, override, specAdults);
            }
            if (def.chronic()) {
                for (int age = 0; age <= 120; age++) {
                    curve[age] = Math.min(1.0, curve[age]);
                }
            }
            byAge.put(def.key(), curve);
        }
    }

    /**
     * For a chronic condition, the chance of having it at {@code age}; for an acute one, the expected number of
     * visits for it in a year.
     */
    public double at(ConditionDefinition def, int age, Sex sex) {
        double p = byAge.get(def.key())[Math.min(Math.max(age, 0), 120)];
        if (def.key().equals("hypertension")) {
            p *= sex == Sex.MALE ? 1.065 : 0.935;
        } else if (def.key().equals("uti")) {
            p *= sex == Sex.FEMALE ? 1.8 : 0.2;
        }
        return p;
    }

    private static double[] shiftTo(double[] curve, double target, double[] weights) {
        double[] shifted = new double[curve.length];
        if (target <= 0 || target >= 1) {
            for (int age = 0; age < curve.length; age++) {
                shifted[age] = curve[age] > 0 ? Math.max(0, Math.min(1, target)) : 0;
            }
            return shifted;
        }
        double low = -30;
        double high = 30;
        for (int iteration = 0; iteration < 80; iteration++) {
            double mid = (low + high) / 2;
            apply(curve, mid, shifted);
            if (mean(shifted, weights) < target) {
                low = mid;
            } else {
                high = mid;
            }
        }
        apply(curve, (low + high) / 2, shifted);
        return shifted;
    }

    private static void apply(double[] curve, double shift, double[] out) {
        for (int age = 0; age < curve.length; age++) {
            double p = Math.min(curve[age], 0.999);
            out[age] = p <= 0 ? 0 : 1 / (1 + Math.exp(-(Math.log(p / (1 - p)) + shift)));
        }
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
        double[] w = new double[121];
        for (double[] band : US_ADULTS) {
            for (int age = (int) band[0]; age <= band[1]; age++) {
                w[age] = band[2] / (band[1] - band[0] + 1);
            }
        }
        return w;
    }

    private static double[] specAdultWeights(CohortSpec spec) {
        double[] w = new double[121];
        double total = 0;
        for (Map.Entry<AgeBand, Double> e : spec.ageDistribution().weights().entrySet()) {
            AgeBand band = e.getKey();
            for (int age = Math.max(18, band.low()); age <= Math.min(120, band.high()); age++) {
                w[age] += e.getValue() / (band.high() - band.low() + 1);
                total += w[age];
            }
        }
        return total > 0 ? w : usAdultWeights();
    }
}
