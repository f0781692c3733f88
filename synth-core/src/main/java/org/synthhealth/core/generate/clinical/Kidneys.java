package org.synthhealth.core.generate.clinical;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.SplittableRandom;
import org.synthhealth.core.model.Sex;

/**
 * A patient's kidney function as an adult's serum creatinine shows it, judged by the eGFR a laboratory would report
 * ({@link CkdEpi}, for the patient's age and sex on the day of the test).
 *
 * <p>With chronic kidney disease stage 3 (KDIGO: eGFR 30 to under 60; the catalogue's only stage) every result from
 * the diagnosis on lies in the stage: the patient enters it at an eGFR fixed per patient, loses 0.2 to 1.2 points a
 * year until a floor a few points above 30 (the record never shows stage 4, which it does not name), and varies by up
 * to 4 points from one test to the next. An older woman's creatinine in stage 3 can therefore lie inside the reference
 * range; the flag says so, as a laboratory's would.
 *
 * <p>Without the diagnosis an adult's eGFR stays at 60 or more: a creatinine that would read lower for the
 * patient's age is mirrored back below that limit. Undiagnosed CKD is common in the old, but a record that shows an
 * eGFR under 60 and no diagnosis reads as an error to a clinician, so the engine does not write one.
 */
final class Kidneys {

    /** The lowest eGFR of CKD stage 3, in mL/min/1.73 m2. */
    static final double STAGE_3_LOW = 30;
    /** The eGFR from which kidney function counts as normal or mildly reduced (stages 1 and 2, or no CKD). */
    static final double NORMAL_FROM = 60;
    /** Keeps a result inside its band after rounding to 0.01 mg/dL, which moves an eGFR by under half a point. */
    private static final double MARGIN = 1;
    private static final double MOST_DAY_TO_DAY = 4;
    private static final double LOWEST_TREND = STAGE_3_LOW + MARGIN + MOST_DAY_TO_DAY;
    private static final double HIGHEST_TREND = NORMAL_FROM - MARGIN - MOST_DAY_TO_DAY;

    private final boolean female;
    private final double stage3AtDiagnosis;
    private final double yearlyDecline;

    Kidneys(Sex sex, SplittableRandom random) {
        this.female = sex != Sex.MALE;
        this.stage3AtDiagnosis = Body.clamp(51 + 4 * Body.gaussian(random), LOWEST_TREND, HIGHEST_TREND);
        this.yearlyDecline = 0.2 + random.nextDouble();
    }

    /**
     * An adult's serum creatinine in mg/dL on {@code date}, at {@code age} whole years.
     *
     * @param ckdSince the onset of CKD stage 3 when it began on or before {@code date}; empty otherwise
     */
    double creatinine(int age, Optional<LocalDate> ckdSince, LocalDate date, SplittableRandom random) {
        if (ckdSince.isPresent()) {
            double years = ChronoUnit.DAYS.between(ckdSince.get(), date) / 365.25;
            double trend = Body.clamp(stage3AtDiagnosis - yearlyDecline * years, LOWEST_TREND, HIGHEST_TREND);
            double egfr = trend + Body.clamp(2 * Body.gaussian(random), -MOST_DAY_TO_DAY, MOST_DAY_TO_DAY);
            return CkdEpi.creatinine(egfr, age, female);
        }
        double low = female ? 0.6 : 0.7;
        double value = female ? Body.clamp(0.78 + 0.1 * Body.gaussian(random), low, 1.1)
                : Body.clamp(0.95 + 0.12 * Body.gaussian(random), low, 1.3);
        double highest = CkdEpi.creatinine(NORMAL_FROM + MARGIN, age, female);
        return value > highest ? Math.max(low, 2 * highest - value) : value;
    }
}
