package org.synthhealth.core.generate.clinical;

import java.util.List;
import java.util.Map;
import org.synthhealth.core.Distribution;
import org.synthhealth.core.model.SmokingStatus;

/**
 * How much a patient's other traits multiply the chance of a chronic condition: smoking for COPD (and nicotine
 * dependence, which only current smokers have), and earlier conditions for heart disease, CKD, heart failure and
 * atrial fibrillation. The smoking factors average exactly 1 over the configured smokers; the condition-driven ones
 * about 1 at the usual share of patients with a driving condition, so the age curve keeps roughly its calibrated
 * mean. {@link ConditionPlanner} applies them to a patient; for an override, {@link Prevalence} averages over the
 * actual mix when it shifts a curve, so overrides do not rely on that mean.
 */
final class RiskFactors {

    /**
     * Conditions that raise the chance of {@code key}: a patient with any of {@code conditions} gets {@code with},
     * one with none of them {@code without}.
     */
    record Driven(List<String> conditions, double with, double without) {
    }

    private static final Map<String, Driven> DRIVEN = Map.of(
            "heart_disease", new Driven(List.of("hypertension", "diabetes", "hyperlipidemia"), 1.5 / 1.3, 1 / 1.3),
            "ckd", new Driven(List.of("hypertension", "diabetes"), 1.8 / 1.45, 1 / 1.45),
            "heart_failure", new Driven(List.of("hypertension", "heart_disease"), 2.0 / 1.5, 1 / 1.5),
            "atrial_fibrillation", new Driven(List.of("hypertension"), 1.4 / 1.2, 1 / 1.2));

    private RiskFactors() {
    }

    /** The conditions that drive {@code key}, if any. */
    static Driven driven(String key) {
        return DRIVEN.get(key);
    }

    /** Whether smoking status alone sets the factor of {@code key}. */
    static boolean bySmoking(String key) {
        return key.equals("copd") || key.equals("nicotine_dependence");
    }

    /** The factor of {@code key} for a patient who smokes as {@code own}, among adults who smoke as {@code mix}. */
    static double smoking(String key, SmokingStatus own, Distribution<SmokingStatus> mix) {
        if (key.equals("nicotine_dependence")) {
            double current = mix.weight(SmokingStatus.CURRENT);
            return own == SmokingStatus.CURRENT && current > 0 ? 1 / current : 0;
        }
        double mean = copdWeight(SmokingStatus.NEVER) * mix.weight(SmokingStatus.NEVER)
                + copdWeight(SmokingStatus.FORMER) * mix.weight(SmokingStatus.FORMER)
                + copdWeight(SmokingStatus.CURRENT) * mix.weight(SmokingStatus.CURRENT);
        return mean > 0 ? copdWeight(own) / mean : 1;
    }

    private static double copdWeight(SmokingStatus status) {
        return status == SmokingStatus.NEVER ? 0.35 : status == SmokingStatus.FORMER ? 1.6 : 2.6;
    }
}
