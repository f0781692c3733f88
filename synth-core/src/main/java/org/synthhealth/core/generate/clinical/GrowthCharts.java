package org.synthhealth.core.generate.clinical;

import org.synthhealth.core.model.Sex;

/**
 * CDC growth-chart curves from birth to 18: approximate median height by sex and median BMI, and the BMI from which
 * a child has obesity (the 95th percentile for age and sex). Kept apart from {@link Body} so the curves can be read,
 * and checked against the charts, on their own.
 */
final class GrowthCharts {

    private static final double[] AGES = {0, 0.25, 0.5, 1, 1.5, 2, 3, 4, 5, 6, 8, 10, 12, 14, 16, 18};
    private static final double[] BOY_HEIGHT = {50, 61, 67, 76, 82, 87, 96, 103, 110, 116, 128, 139, 150, 164, 173,
        176};
    private static final double[] GIRL_HEIGHT = {49, 60, 66, 74, 81, 86, 95, 102, 109, 115, 127, 138, 151, 160, 162,
        163};
    private static final double[] MEDIAN_BMI = {13.4, 16.0, 17.0, 17.2, 16.8, 16.4, 16.0, 15.7, 15.5, 15.5, 16.0,
        17.0, 18.0, 19.4, 20.5, 21.5};
    /** The whole years from 2 to 18 at which {@link #BOY_OBESE_BMI} and {@link #GIRL_OBESE_BMI} are given. */
    private static final int OBESE_FIRST_AGE = 2;
    /**
     * The 95th percentile of BMI for age in boys, the CDC's definition of childhood obesity: the CDC 2000 BMI-for-age
     * chart (bmiagerev, LMS tables) at each birthday from 2 to 17 (the value of the month that starts then). At 18 the
     * chart gives 29.0; the line meets the adult threshold of 30 there instead, so that a BMI on one side of the line
     * stays on it through the 18th birthday, and a boy diagnosed at 17 is at least at his percentile.
     */
    private static final double[] BOY_OBESE_BMI = {19.34, 18.24, 17.84, 17.94, 18.41, 19.15, 20.07, 21.09, 22.15,
        23.21, 24.23, 25.18, 26.05, 26.84, 27.56, 28.26, 30.0};
    /**
     * The 95th percentile of BMI for age in girls, from the same chart, from 2 to 18. A girl's percentile passes 30 at
     * about 17 1/2 (30.3 at 18), so an obese girl's BMI steps down by about 1 % at 18, where the adult threshold of 30
     * takes over.
     */
    private static final double[] GIRL_OBESE_BMI = {19.11, 18.25, 18.03, 18.26, 18.84, 19.68, 20.70, 21.82, 22.98,
        24.14, 25.26, 26.30, 27.26, 28.12, 28.91, 29.63, 30.33};
    /** The adult threshold of obesity, a BMI of 30, which applies from 18. */
    private static final double ADULT_OBESE_BMI = 30;

    /** The age at which the adult curves take over. */
    static final double ADULT = 18;

    private GrowthCharts() {
    }

    /** Median height in cm at an age in years; the adult height from 18. */
    static double medianHeight(Sex sex, double age) {
        return interpolate(sex == Sex.MALE ? BOY_HEIGHT : GIRL_HEIGHT, age);
    }

    /** Median BMI for age; its value at 18 from then on. */
    static double medianBmi(double age) {
        return interpolate(MEDIAN_BMI, age);
    }

    /**
     * The BMI from which a child of this age and sex has obesity (the 95th percentile for age and sex); 30 from 18.
     * Below two, where obesity is judged by weight for length instead, the line keeps its ratio to the median at two
     * (about 1.17), so it has no step.
     */
    static double obeseBmi(Sex sex, double age) {
        if (age >= ADULT) {
            return ADULT_OBESE_BMI;
        }
        double[] line = sex == Sex.MALE ? BOY_OBESE_BMI : GIRL_OBESE_BMI;
        if (age < OBESE_FIRST_AGE) {
            return medianBmi(age) * line[0] / medianBmi(OBESE_FIRST_AGE);
        }
        int year = (int) age - OBESE_FIRST_AGE;
        return line[year] + (age - (int) age) * (line[year + 1] - line[year]);
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
