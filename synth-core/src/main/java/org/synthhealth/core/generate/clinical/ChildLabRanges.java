package org.synthhealth.core.generate.clinical;

import java.util.SplittableRandom;

/**
 * Reference intervals of the two lab results children get (on admission and in the emergency department), which
 * differ most from an adult's: creatinine, which follows muscle mass and is a third of the adult value in a toddler,
 * and hemoglobin, which is lowest in infancy. Approximate pediatric intervals as common laboratory references give
 * them; adults keep their own ranges in {@link Labs}.
 *
 * @param low the lower limit of normal
 * @param high the upper limit of normal
 */
record ChildLabRanges(double low, double high) {

    /** Serum creatinine in mg/dL for a child of {@code age} (0-17). */
    static ChildLabRanges creatinine(int age, boolean male) {
        if (age < 1) {
            return new ChildLabRanges(0.16, 0.39);
        }
        if (age < 5) {
            return new ChildLabRanges(0.18, 0.42);
        }
        if (age < 10) {
            return new ChildLabRanges(0.28, 0.57);
        }
        if (age < 14) {
            return new ChildLabRanges(0.39, 0.73);
        }
        return male ? new ChildLabRanges(0.53, 1.00) : new ChildLabRanges(0.46, 0.88);
    }

    /** Hemoglobin in g/dL for a child of {@code age} (0-17). */
    static ChildLabRanges hemoglobin(int age, boolean male) {
        if (age < 2) {
            return new ChildLabRanges(10.5, 13.5);
        }
        if (age < 6) {
            return new ChildLabRanges(11.5, 13.5);
        }
        if (age < 12) {
            return new ChildLabRanges(11.5, 15.5);
        }
        return male ? new ChildLabRanges(13.0, 16.0) : new ChildLabRanges(12.0, 16.0);
    }

    /** A normal result: no condition the engine gives children moves these two values. */
    double draw(SplittableRandom random) {
        return Body.clamp((low + high) / 2 + (high - low) / 4 * Body.gaussian(random), low, high);
    }
}
