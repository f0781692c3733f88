package org.synthhealth.core.generate.clinical;

import java.time.LocalDate;

/**
 * The blood pressure from which an adult's hypertension was diagnosed on a date: 130/80 from the 2017 ACC/AHA
 * guideline (published 13 November 2017), 140/90 before it (JNC 7 and its predecessors). A reading reaches the
 * threshold when either its systolic or its diastolic pressure does.
 */
record HypertensionThreshold(int systolic, int diastolic) {

    /** The day the 2017 ACC/AHA guideline lowered the threshold. */
    static final LocalDate ACC_AHA_2017 = LocalDate.of(2017, 11, 13);

    /** The threshold in force on a date. */
    static HypertensionThreshold on(LocalDate date) {
        return date.isBefore(ACC_AHA_2017) ? new HypertensionThreshold(140, 90) : new HypertensionThreshold(130, 80);
    }

    /** Whether a reading of {@code {systolic, diastolic}} reaches the threshold. */
    boolean reachedBy(int[] reading) {
        return reading[0] >= systolic || reading[1] >= diastolic;
    }

    /**
     * The reading, or, when it is below the threshold, its systolic pressure mirrored above it: a diagnosis rests
     * on a raised reading, and the mirror keeps the spread of the hypertensive readings without drawing again.
     */
    int[] raise(int[] reading) {
        if (reachedBy(reading)) {
            return reading;
        }
        return new int[] {2 * systolic - 1 - reading[0], reading[1]};
    }
}
