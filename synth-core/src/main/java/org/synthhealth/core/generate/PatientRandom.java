package org.synthhealth.core.generate;

import java.util.SplittableRandom;
import org.synthhealth.core.model.Ids;

/**
 * The random streams of one patient, derived from the cohort seed and the patient index alone. Each part of the
 * engine draws from its own stream, named by a module, so a change in one part (another condition, another vaccine)
 * does not reshuffle the others, and patient 7 is the same in any cohort size, order or thread.
 */
public final class PatientRandom {

    private final long base;

    /** The streams of the patient at {@code index} in the cohort generated with {@code seed}. */
    public PatientRandom(long seed, long index) {
        this.base = Ids.mix(seed ^ Ids.mix(index + 0x5851F42D4C957F2DL));
    }

    /** A fresh stream for one module; the same module name always gives the same stream for this patient. */
    public SplittableRandom stream(String module) {
        long h = 0xCBF29CE484222325L;
        for (int i = 0; i < module.length(); i++) {
            h = (h ^ module.charAt(i)) * 0x100000001B3L;
        }
        return new SplittableRandom(Ids.mix(base ^ Ids.mix(h)));
    }
}
