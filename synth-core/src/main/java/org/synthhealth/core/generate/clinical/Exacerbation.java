package org.synthhealth.core.generate.clinical;

import java.util.SplittableRandom;

/**
 * The vital signs of a patient brought to hospital by a flare of a lung or heart condition, or by pneumonia: breathing
 * fast, a fast pulse and oxygen saturation below normal. A patient admitted for asthma with an oxygen saturation of 98
 * and a breathing rate of 16 would not have been admitted.
 *
 * <p>Adults' ranges follow common admission criteria: a breathing rate of 22-30, a pulse of 96-125 (faster for a
 * fibrillating heart), and a saturation of 89-94 % for asthma, 86-91 % for COPD (whose patients live lower), 88-93 %
 * for heart failure and 88-94 % for pneumonia. A child's breathing and pulse are at the top of the normal range for
 * their age, or a little above it.
 */
enum Exacerbation {
    ASTHMA(89, 94),
    COPD(86, 91),
    HEART_FAILURE(88, 93),
    PNEUMONIA(88, 94);

    private final int lowestSaturation;
    private final int highestSaturation;

    Exacerbation(int lowestSaturation, int highestSaturation) {
        this.lowestSaturation = lowestSaturation;
        this.highestSaturation = highestSaturation;
    }

    /** The flare that brought the patient to a hospital {@code visit}, or null for any other visit or reason. */
    static Exacerbation of(Visit visit, boolean hospital) {
        if (!hospital || visit.reason == null) {
            return null;
        }
        return switch (visit.reason.key()) {
            case "asthma" -> ASTHMA;
            case "copd" -> COPD;
            case "heart_failure" -> HEART_FAILURE;
            case "pneumonia" -> PNEUMONIA;
            default -> null;
        };
    }

    /** Oxygen saturation in per cent. */
    double saturation(SplittableRandom random) {
        return lowestSaturation + random.nextInt(highestSaturation - lowestSaturation + 1);
    }

    /** Breathing rate per minute at {@code age}. */
    static double breathing(double age, SplittableRandom random) {
        if (age < 1) {
            return 50 + random.nextInt(11);
        } else if (age < 6) {
            return 34 + random.nextInt(9);
        } else if (age < 13) {
            return 26 + random.nextInt(7);
        }
        return 22 + random.nextInt(9);
    }

    /** Pulse per minute at {@code age}, faster for a fibrillating adult heart. */
    static double pulse(double age, boolean fibrillation, SplittableRandom random) {
        if (age < 1) {
            return 150 + random.nextInt(21);
        } else if (age < 6) {
            return 125 + random.nextInt(16);
        } else if (age < 13) {
            return 110 + random.nextInt(21);
        }
        return fibrillation ? 110 + random.nextInt(31) : 96 + random.nextInt(30);
    }
}
