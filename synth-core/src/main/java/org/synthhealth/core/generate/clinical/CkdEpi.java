package org.synthhealth.core.generate.clinical;

/**
 * The CKD-EPI 2021 creatinine equation (without a race term), by which US laboratories report an estimated
 * glomerular filtration rate, and its inverse. The engine uses it to pick creatinine values whose eGFR matches the
 * patient's kidney disease stage: the same creatinine means a lower eGFR for an older person or a woman, so a fixed
 * creatinine range cannot keep a stage.
 *
 * <p>eGFR = 142 x min(Scr/k, 1)^a x max(Scr/k, 1)^-1.200 x 0.9938^age (x 1.012 for women), with Scr in mg/dL,
 * k = 0.7 (women) or 0.9 (men) and a = -0.241 (women) or -0.302 (men); eGFR in mL/min/1.73 m2. Adults only.
 */
final class CkdEpi {

    private static final double HIGH_EXPONENT = -1.200;
    private static final double AGE_FACTOR = 0.9938;

    private CkdEpi() {
    }

    /** The eGFR in mL/min/1.73 m2 of a serum creatinine in mg/dL, for an adult of {@code age} whole years. */
    static double egfr(double creatinine, int age, boolean female) {
        double ratio = creatinine / kappa(female);
        return atKappa(age, female) * Math.pow(Math.min(ratio, 1), alpha(female))
                * Math.pow(Math.max(ratio, 1), HIGH_EXPONENT);
    }

    /** The serum creatinine in mg/dL that gives {@code egfr} for an adult of {@code age} whole years. */
    static double creatinine(double egfr, int age, boolean female) {
        double relative = egfr / atKappa(age, female);
        double exponent = relative > 1 ? alpha(female) : HIGH_EXPONENT;
        return kappa(female) * Math.pow(relative, 1 / exponent);
    }

    /** The eGFR at a creatinine of exactly k, where the equation changes exponent. */
    private static double atKappa(int age, boolean female) {
        return 142 * Math.pow(AGE_FACTOR, age) * (female ? 1.012 : 1);
    }

    private static double kappa(boolean female) {
        return female ? 0.7 : 0.9;
    }

    private static double alpha(boolean female) {
        return female ? -0.241 : -0.302;
    }
}
