package org.synthhealth.core.generate.people;

/**
 * The share of adults of each age who are students: the US school-enrolment curve by age, scaled by one number so
 * that the cohort's adults meet the {@code Student} share of {@code employment_dist}. Students are therefore mostly
 * young adults, and a larger configured share adds students in the same proportion at every age.
 *
 * <p>The scale stops at 1: no age gets more students than are enrolled in school at that age in the US, since a
 * student by employment status is one who is enrolled (many enrolled adults report a job instead). A share the
 * cohort's ages cannot reach within that curve falls short, and the generation report flags the gap.
 */
final class StudentShares {

    /** The age from which no one is a student. */
    static final int NONE_FROM = 65;

    private final double scale;

    /** The shares that give {@code configured} students among the adults of {@code calibration}'s cohort. */
    StudentShares(AgeCalibration calibration, int fromAge, double configured) {
        double reach = calibration.mean(fromAge, StudentShares::enrolled);
        scale = reach > 0 ? Math.min(1, configured / reach) : 0;
    }

    /** The share of the cohort's patients aged {@code age} (an adult) who are students. */
    double share(int age) {
        return scale * enrolled(age);
    }

    /**
     * The share of US adults of {@code age} enrolled in school, from 0 to 1.
     *
     * <p>Rounded from the Census Bureau's Current Population Survey, October school enrollment supplement (Table 1,
     * enrollment status by age; to age 34 also NCES Digest of Education Statistics table 103.20): about two in three
     * at 18-19 (high-school seniors included), one in two at 20-21, under three in ten at 22-24, about one in nine at
     * 25-29 and one in sixteen at 30-34, so about four in ten over 18-24. From 35 the survey counts a few per cent
     * enrolled, most of them part time beside a job, so the shares here take the lower end: 2 % at 35-44, 1.2 % at
     * 45-54, 0.5 % at 55-64. No one from 65 is a student, as the rest of the social history assumes.
     */
    static double enrolled(int age) {
        if (age < 18) {
            return 1;
        }
        return age < 20 ? 0.65 : age < 22 ? 0.50 : age < 25 ? 0.28 : age < 30 ? 0.11 : age < 35 ? 0.06
                : age < 45 ? 0.02 : age < 55 ? 0.012 : age < NONE_FROM ? 0.005 : 0;
    }
}
