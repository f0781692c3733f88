package org.synthhealth.core.generate.clinical;

import java.util.SplittableRandom;
import org.synthhealth.core.model.Sex;

/**
 * A patient's physique, fixed per patient: a height percentile and a body-mass trait. Children grow along
 * approximate CDC median curves ({@link GrowthCharts}) from the birth weight and length charted in the birth stay,
 * dipping below the curve for the first two weeks as newborns do; adults keep their height, and their weight drifts
 * slowly with age and varies a little from one visit to the next. One curve runs from birth through the 18th
 * birthday: a young adult starts from the adolescent's BMI and reaches the adult trait over the following years. A
 * patient with obesity has a BMI at or above the obesity line (the 95th percentile for age and sex in children, 30
 * from 18) from its onset and below it before; the line is reached by gaining weight over the years before the onset,
 * not in one day. Obesity never resolves, not even one that began in childhood: about 80 % of adolescents with obesity
 * are obese as adults (Simmonds et al., Obes Rev 2016;17:95), so an adult's BMI stays at 30 or more after a childhood
 * diagnosis.
 */
final class Body {

    /** The BMI from which an adult is obese. */
    private static final double OBESE_FROM = 30;
    /**
     * How far above the obesity line an adult with obesity stays, in BMI points (0.3 %): enough for a BMI recorded
     * from a weight rounded to 0.1 kg and a height rounded to the millimetre, and itself rounded to 0.1.
     */
    private static final double ADULT_MARGIN = 0.1;
    /**
     * The same for a child of 10 or younger, in adult BMI points (1 %): a weight rounded to 0.1 kg is 0.4 % of a
     * two-year-old's, and with the adults' margin two-year-olds were recorded just below their 95th percentile at the
     * visit that diagnosed their obesity. The margin narrows to the adults' between 10 and 18, as children grow.
     */
    private static final double CHILD_MARGIN = 0.3;
    /** The years before 18 over which the children's margin narrows to the adults'. */
    private static final double MARGIN_YEARS = 8;
    /** The most BMI an adult with obesity carries above the threshold (a BMI of about 55). */
    private static final double MOST_EXCESS = 25;
    /** The fastest an adult with obesity keeps gaining, in BMI points a year (about 6 kg for most heights). */
    private static final int LEAST_PULSE_PRESSURE = 25;
    private static final double MOST_GAIN_A_YEAR = 2;
    /** The years over which someone who becomes obese gains weight up to the line (fewer for a young child). */
    private static final double GAIN_YEARS = 6;
    /**
     * The years over which a young adult's BMI rises from where adolescence left it to the adult trait: young adults
     * gain weight faster than older ones, and the adult trait describes settled adults, above the 18-year-olds'.
     */
    private static final double SETTLING_YEARS = 10;
    /**
     * The share of the birth weight a newborn has lost at the low point, the third to fifth day: about 5-7 % is usual
     * and more than 10 % calls for a feeding assessment (AAP). Birth weight is regained by about two weeks.
     */
    private static final double NEWBORN_LOSS = 0.06;
    private static final double DAYS_A_YEAR = 365.25;

    /**
     * The standard deviation of a day's weight about the usual one, as a share of it: clothes, meals and the scale
     * move a weight by about half a kilogram, so two weighings a week apart differ by about 1 %.
     */
    private static final double DAY_TO_DAY_SD = 0.005;
    /** The most standard deviations a day's weight strays from the usual one (2 % between two weighings at most). */
    private static final double DAY_TO_DAY_LIMIT = 2;

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
        double median = GrowthCharts.medianHeight(sex, age);
        double sd = age >= GrowthCharts.ADULT ? (sex == Sex.MALE ? 7.0 : 6.5) : median * 0.04;
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
        // Measured as a share of the line, so a child's BMI keeps its percentile as the line moves with age, and an
        // adult's (whose line is 30) is in BMI points.
        double line = GrowthCharts.obeseBmi(sex, age);
        double scale = line / OBESE_FROM;
        double gainYears = Math.min(GAIN_YEARS, age - yearsSinceObesity);
        double value;
        if (obese) {
            // Weight keeps coming on over the years after the diagnosis, not in one day, and at a bounded pace: the
            // diagnosing visit finds the patient just over the line they were approaching.
            double years = yearsSinceObesity;
            value = OBESE_FROM + obeseMargin(age)
                    + Math.min(obeseExcess * Math.min(1, years / 5), MOST_GAIN_A_YEAR * years);
            value *= scale;
        } else if (yearsSinceObesity > -gainYears) {
            // ... and in the years before it, up to the line: a child crosses percentiles, an adult gains.
            double share = (gainYears + yearsSinceObesity) / gainYears;
            double usual = usual(age);
            value = usual + ((OBESE_FROM - 0.3) * scale - usual) * share;
        } else {
            value = usual(age);
        }
        value *= 1 + dayToDay;
        // A measurement that would cross the line is mirrored back, so it stays on its side and still varies.
        double edge = (obese ? OBESE_FROM + obeseMargin(age) : OBESE_FROM - 0.15) * scale;
        boolean crossed = obese ? value < edge : value > edge;
        return crossed ? 2 * edge - value : value;
    }

    /** How far above the obesity line, in adult BMI points, a patient with obesity stays at an age. */
    private static double obeseMargin(double age) {
        double childhood = clamp((GrowthCharts.ADULT - age) / MARGIN_YEARS, 0, 1);
        return ADULT_MARGIN + (CHILD_MARGIN - ADULT_MARGIN) * childhood;
    }

    /** A day's deviation from the usual weight, as a share of it, to pass to {@link #bmi}. */
    static double dayToDay(SplittableRandom random) {
        return DAY_TO_DAY_SD * clamp(gaussian(random), -DAY_TO_DAY_LIMIT, DAY_TO_DAY_LIMIT);
    }

    /** The BMI someone without obesity, and not yet gaining towards it, has at an age. */
    private double usual(double age) {
        double atEighteen = childBmi(GrowthCharts.ADULT);
        if (age < GrowthCharts.ADULT) {
            return childBmi(age);
        }
        // Adults put weight on slowly until their mid-fifties and lose a little after seventy.
        double settled = clamp(bmiTrait, 18.5, OBESE_FROM - 0.4);
        double drift = 0.09 * (Math.min(age, 55) - GrowthCharts.ADULT) - 0.06 * Math.max(0, age - 70);
        double unsettled = Math.max(0, 1 - (age - GrowthCharts.ADULT) / SETTLING_YEARS);
        return clamp(settled + drift - (settled - atEighteen) * unsettled, 16, OBESE_FROM - 0.4);
    }

    /**
     * A child's BMI on their own percentile: the median for age, shifted by the body-mass trait, less the weight a
     * newborn loses in its first days ({@link #newbornLoss}); the charts' median runs smoothly through that dip.
     */
    private double childBmi(double age) {
        return GrowthCharts.medianBmi(age) * (1 + 0.06 * (bmiTrait - 25.3) / 2.4) * (1 - newbornLoss(age));
    }

    /**
     * The share of weight below the growth curve at an age in years: none at birth, falling to the low point of
     * {@value #NEWBORN_LOSS} by the third day, held to the fifth, and regained by the fourteenth.
     */
    static double newbornLoss(double age) {
        double days = age * DAYS_A_YEAR;
        if (days <= 0 || days >= 14) {
            return 0;
        }
        if (days < 3) {
            return NEWBORN_LOSS * days / 3;
        }
        return days <= 5 ? NEWBORN_LOSS : NEWBORN_LOSS * (14 - days) / 9;
    }

    /** Systolic and diastolic pressure in mm[Hg]. */
    int[] bloodPressure(double age, boolean hypertensive, SplittableRandom random) {
        if (age < 18) {
            int sys = (int) Math.round(clamp(90 + 1.2 * age + bpOffset / 2 + 5 * gaussian(random), 80, 125));
            int dia = (int) Math.round(clamp(55 + age + 4 * gaussian(random), 45, 79));
            return reading(sys, dia);
        }
        if (hypertensive) {
            int sys = (int) Math.round(clamp(136 + bpOffset + 9 * gaussian(random), 121, 178));
            int dia = (int) Math.round(clamp(84 + 6 * gaussian(random), 70, 104));
            return reading(sys, dia);
        }
        int sys = (int) Math.round(clamp(114 + bpOffset + 6 * gaussian(random), 95, 129));
        int dia = (int) Math.round(clamp(73 + 4 * gaussian(random), 58, 79));
        return reading(sys, dia);
    }

    /**
     * A reading whose pulse pressure (systolic minus diastolic) is at least {@value #LEAST_PULSE_PRESSURE} mmHg: drawn
     * apart, a low systolic and a high diastolic gave readings such as 95/79, which a healthy heart does not make.
     */
    private static int[] reading(int systolic, int diastolic) {
        return new int[] {systolic, Math.min(diastolic, systolic - LEAST_PULSE_PRESSURE)};
    }

    static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }
}
