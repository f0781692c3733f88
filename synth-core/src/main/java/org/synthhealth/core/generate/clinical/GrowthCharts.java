package org.synthhealth.core.generate.clinical;

import org.synthhealth.core.model.Sex;

/**
 * Approximate CDC growth-chart curves from birth to 18: median height by sex, median BMI, and the BMI from which a
 * child has obesity. Kept apart from {@link Body} so the curves can be read, and checked against the charts, on
 * their own.
 */
final class GrowthCharts {

    private static final double[] AGES = {0, 0.25, 0.5, 1, 1.5, 2, 3, 4, 5, 6, 8, 10, 12, 14, 16, 18};
    private static final double[] BOY_HEIGHT = {50, 61, 67, 76, 82, 87, 96, 103, 110, 116, 128, 139, 150, 164, 173,
        176};
    private static final double[] GIRL_HEIGHT = {49, 60, 66, 74, 81, 86, 95, 102, 109, 115, 127, 138, 151, 160, 162,
        163};
    private static final double[] MEDIAN_BMI = {13.4, 16.0, 17.0, 17.2, 16.8, 16.4, 16.0, 15.7, 15.5, 15.5, 16.0,
        17.0, 18.0, 19.4, 20.5, 21.5};
    /**
     * The 95th percentile of BMI for age, the CDC's definition of childhood obesity: the mean of the boys' and girls'
     * 2000 chart values from 2, ending at the adult threshold of 30 at 18 (the charts give about 29-30 there), so a
     * BMI on one side of the line stays on it through the 18th birthday. Below two, where obesity is judged by
     * weight for length instead, the line keeps its ratio to the median at two (about 1.17), so it has no step.
     */
    private static final double[] OBESE_BMI = {15.7, 18.7, 19.9, 20.1, 19.7, 19.2, 18.2, 17.9, 18.1, 18.6, 20.3,
        22.5, 24.7, 26.6, 28.2, 30.0};

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

    /** The BMI from which a child of this age has obesity (about the 95th percentile); 30 from 18. */
    static double obeseBmi(double age) {
        return interpolate(OBESE_BMI, age);
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
