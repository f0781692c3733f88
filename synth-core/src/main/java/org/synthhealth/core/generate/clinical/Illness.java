package org.synthhealth.core.generate.clinical;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Which acute episodes are of one illness, and how far apart two of them must be. A new episode begins some days
 * after the last has resolved: one diagnosed on the day the last resolved reads as the same illness recorded twice.
 * Pharyngitis and strep throat are one sore throat, told apart by a test; a patient does not have both at once. No
 * episode begins in the first {@link #NEONATAL_DAYS} days of life.
 */
final class Illness {

    /** The fewest days from the resolution of an episode to the onset of the next of the same illness. */
    static final int GAP_DAYS = 7;

    /**
     * The age in days before which no acute episode begins: the neonatal period. A fever in the first 28 days of life
     * calls for a sepsis work-up and an admission (AAP 2021 guideline for well-appearing febrile infants), and a
     * newborn's cold or pneumonia is not seen at a clinic or urgent care and sent home. The engine models none of
     * that, so it gives newborns no cold, sore throat, infection or pneumonia at all.
     */
    static final int NEONATAL_DAYS = 28;

    private static final Set<String> SORE_THROAT = Set.of("pharyngitis", "strep_throat");

    private Illness() {
    }

    /** Whether the acute conditions with these keys are one illness. */
    static boolean same(String key, String other) {
        return key.equals(other) || (SORE_THROAT.contains(key) && SORE_THROAT.contains(other));
    }

    /**
     * Whether two episodes overlap or come within {@link #GAP_DAYS} of each other; an episode without a resolution
     * lasts to the end of the record.
     */
    static boolean near(LocalDate onset, Optional<LocalDate> resolution, LocalDate otherOnset,
            Optional<LocalDate> otherResolution) {
        return beginsWithinGap(onset, otherResolution) && beginsWithinGap(otherOnset, resolution);
    }

    private static boolean beginsWithinGap(LocalDate onset, Optional<LocalDate> otherResolution) {
        return otherResolution.map(r -> onset.isBefore(r.plusDays(GAP_DAYS))).orElse(true);
    }
}
