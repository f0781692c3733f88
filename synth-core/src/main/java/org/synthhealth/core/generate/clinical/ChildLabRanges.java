package org.synthhealth.core.generate.clinical;

import java.util.SplittableRandom;

/**
 * Reference intervals of the lab results children get (on admission and in the emergency department) where they
 * differ from an adult's: hemoglobin, high at birth and lowest at two to six months; creatinine, which reflects the
 * mother's for the first week and then follows muscle mass (a third of the adult value in a toddler); and glucose
 * and potassium in the first weeks of life. Approximate pediatric intervals as common laboratory references give
 * them, by age in days; adults keep their own ranges in {@link Labs}. No condition the engine gives children moves
 * these values, so a child's result always lies inside its interval.
 *
 * @param low the lower limit of normal
 * @param high the upper limit of normal
 */
record ChildLabRanges(double low, double high) {

    private static final int WEEK = 7;
    private static final int MONTH = 28;
    private static final int YEAR = 365;

    /** Serum creatinine in mg/dL for a child {@code days} old (under 18 years). */
    static ChildLabRanges creatinine(long days, boolean male) {
        if (days < WEEK) {
            return new ChildLabRanges(0.30, 1.00);
        }
        if (days < YEAR) {
            return new ChildLabRanges(0.16, 0.39);
        }
        long years = days / YEAR;
        if (years < 5) {
            return new ChildLabRanges(0.18, 0.42);
        }
        if (years < 10) {
            return new ChildLabRanges(0.28, 0.57);
        }
        if (years < 14) {
            return new ChildLabRanges(0.39, 0.73);
        }
        return male ? new ChildLabRanges(0.53, 1.00) : new ChildLabRanges(0.46, 0.88);
    }

    /** Hemoglobin in g/dL for a child {@code days} old (under 18 years). */
    static ChildLabRanges hemoglobin(long days, boolean male) {
        if (days < WEEK) {
            return new ChildLabRanges(14.5, 22.5);
        }
        if (days < MONTH) {
            return new ChildLabRanges(13.4, 19.8);
        }
        if (days < 2 * MONTH) {
            return new ChildLabRanges(10.7, 17.1);
        }
        if (days < YEAR / 2) {
            return new ChildLabRanges(9.0, 14.1);
        }
        // Whole years as a birthday counts them, or a day fewer: a twelve-year span holds at most three leap days,
        // so a child is never given the ranges of an age not yet reached (365 days a year did, on the eve of 12).
        long years = (long) (days / 365.25);
        if (years < 2) {
            return new ChildLabRanges(10.5, 13.5);
        }
        if (years < 6) {
            return new ChildLabRanges(11.5, 13.5);
        }
        if (years < 12) {
            return new ChildLabRanges(11.5, 15.5);
        }
        return male ? new ChildLabRanges(13.0, 16.0) : new ChildLabRanges(12.0, 16.0);
    }

    /** Plasma glucose in mg/dL for a child {@code days} old: lower in the first four weeks. */
    static ChildLabRanges glucose(long days) {
        return days < MONTH ? new ChildLabRanges(50, 90) : new ChildLabRanges(70, 99);
    }

    /** Serum potassium in mmol/L for a child {@code days} old: higher in infancy. */
    static ChildLabRanges potassium(long days) {
        if (days < MONTH) {
            return new ChildLabRanges(3.7, 5.9);
        }
        return days < YEAR ? new ChildLabRanges(4.1, 5.3) : new ChildLabRanges(3.5, 5.1);
    }

    /** A normal result, most often near the middle of the interval. */
    double draw(SplittableRandom random) {
        return Body.clamp((low + high) / 2 + (high - low) / 4 * Body.gaussian(random), low, high);
    }
}
