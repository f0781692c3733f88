package org.synthhealth.core.generate.clinical;

import java.util.SplittableRandom;
import org.synthhealth.core.model.Sex;

/**
 * A patient's physique, fixed per patient: a height percentile and a body-mass trait. Children grow along
 * approximate CDC median curves; adults keep their height, and their weight drifts slowly with age and varies a
 * little from one visit to the next. A patient with obesity has a BMI of 30 or more from its onset (in children, well
 * above the median for age), reached by gaining weight over the years around it; everyone else stays below 30.
 */
final class Body {

    private static final double[] AGES = {0, 0.25, 0.5, 1, 1.5, 2, 3, 4, 5, 6, 8, 10, 12, 14, 16, 18};
    private static final double[] BOY_HEIGHT = {50, 61, 67, 76, 82, 87, 96, 103, 110, 116, 128, 139, 150, 164, 173,
        176};
    private static final double[] GIRL_HEIGHT = {49, 60, 66, 74, 81, 86, 95, 102, 109, 115, 127, 138, 151, 160, 162,
        163};
    private static final double[] MEDIAN_BMI = {13.4, 16.0, 17.0, 17.2, 16.8, 16.4, 16.0, 15.7, 15.5, 15.5, 16.0,
        17.0, 18.0, 19.4, 20.5, 21.5};

    /** The BMI from which an adult is obese. */
    private static final double OBESE_FROM = 30;
    /** The most BMI an adult with obesity carries above the threshold (a BMI of about 55). */
    private static final double MOST_EXCESS = 25;
    /** The fastest an adult with obesity keeps gaining, in BMI points a year (about 6 kg for most heights). */
    private static final double MOST_GAIN_A_YEAR = 2;
    /** The years over which an adult who becomes obese gains weight up to the threshold. */
    private static final double GAIN_YEARS = 6;

    private final Sex sex;
    private final double heightZ;
    private final double bmiTrait;
    private final double obeseExcess;
    private final double bpOffset;

    Body(Sex sex, SplittableRandom random) {
        this.sex = sex;
        this.heightZ = clamp(gaussian(random), -2.2, 2.2);
        this.bmiTrait = clamp(25.3 + 2.4 * gaussian(random), 18.8, 29.6);
        this.obeseExcess = Math.min(MOST_EXCESS, -6.8 * Math.log(1 - random.nextDouble()));
        this.bpOffset = 4 * gaussian(random);
    }

    /** Height in cm at an age in years. */
    double height(double age) {
        double[] table = sex == Sex.MALE ? BOY_HEIGHT : GIRL_HEIGHT;
        double median = interpolate(table, age);
        double sd = age >= 18 ? (sex == Sex.MALE ? 7.0 : 6.5) : median * 0.04;
        return median + heightZ * sd;
    }

    /**
     * Body mass index at an age, measured on one day.
     *
     * @param yearsSinceObesity years from the onset of obesity to the day: negative before it, NaN for someone who
     *     never has it
     * @param dayToDay the measurement's relative deviation from the usual weight (clothes, meals, the scale)
     */
    double bmi(double age, double yearsSinceObesity, double dayToDay) {
        boolean obese = yearsSinceObesity >= 0;
        if (age < 18) {
            double median = interpolate(MEDIAN_BMI, age);
            double personal = median * (1 + 0.06 * (bmiTrait - 25.3) / 2.4);
            return obese ? Math.max(personal, median * 1.32 + 0.1 * obeseExcess) : Math.min(personal, median * 1.18);
        }
        // Adults put weight on slowly until their mid-fifties and lose a little after seventy.
        double usual = clamp(bmiTrait + 0.09 * (Math.min(age, 55) - 18) - 0.06 * Math.max(0, age - 70), 18.5,
                OBESE_FROM - 0.4);
        double value;
        if (obese) {
            // Weight keeps coming on over the years after the diagnosis (counted from 18 for obesity that began in
            // childhood, whose BMI is measured against children's), not in one day, and at a bounded pace.
            double years = Math.min(yearsSinceObesity, age - 18) + 0.5;
            value = OBESE_FROM + 0.1 + Math.min(obeseExcess * Math.min(1, years / 5), MOST_GAIN_A_YEAR * years);
        } else if (yearsSinceObesity > -GAIN_YEARS) {
            // ... and in the years before it, up to the threshold.
            double share = (GAIN_YEARS + yearsSinceObesity) / GAIN_YEARS;
            value = usual + (OBESE_FROM - 0.3 - usual) * share;
        } else {
            value = usual;
        }
        value *= 1 + dayToDay;
        // A measurement that would cross the threshold is mirrored back, so it stays on its side and still varies.
        double edge = obese ? OBESE_FROM + 0.1 : OBESE_FROM - 0.15;
        boolean crossed = obese ? value < edge : value > edge;
        return crossed ? 2 * edge - value : value;
    }

    /** Systolic and diastolic pressure in mm[Hg]. */
    int[] bloodPressure(double age, boolean hypertensive, SplittableRandom random) {
        if (age < 18) {
            int sys = (int) Math.round(clamp(90 + 1.2 * age + bpOffset / 2 + 5 * gaussian(random), 80, 125));
            int dia = (int) Math.round(clamp(55 + age + 4 * gaussian(random), 45, 79));
            return new int[] {sys, dia};
        }
        if (hypertensive) {
            int sys = (int) Math.round(clamp(136 + bpOffset + 9 * gaussian(random), 121, 178));
            int dia = (int) Math.round(clamp(84 + 6 * gaussian(random), 70, 104));
            return new int[] {sys, dia};
        }
        int sys = (int) Math.round(clamp(114 + bpOffset + 6 * gaussian(random), 95, 129));
        int dia = (int) Math.round(clamp(73 + 4 * gaussian(random), 58, 79));
        return new int[] {sys, dia};
    }

    static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }

    private static double interpolate(double[] table, double age) {
        if (age >= AGES[AGES.length - 1]) {
            return table[table.length - 1];
        }
        for (int i = 1; i < AGES.length; i++) {
            if (age < AGES[i]) {
                double f = (age - AGES[i - 1]) / (AGES[i] - AGES[i - 1]);
                return table[i - 1] + f * (table[i] - table[i - 1]);
            }
        }
        return table[table.length - 1];
    }
}
