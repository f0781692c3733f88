package org.synthhealth.core.generate.people;

import org.synthhealth.core.model.Ids;

/**
 * Deals out Social Security numbers from the range never issued to people, one per patient index and never the same
 * number twice in a cohort.
 *
 * <p>The range is area 900-999, group 01-99 and serial 0001-9999: {@value #CAPACITY} numbers. The patient index is
 * sent through a permutation of that range keyed by the seed (a six-round Feistel network on a 9,950 by 9,950
 * square, walked along its cycle until it lands back in the range), so the number depends on the seed and the index
 * alone: patient 7 has the same SSN in a cohort of 10 or of 10 million, on any thread. Indexes below
 * {@link #CAPACITY} all get different numbers; from there on the numbers repeat, index {@code i} sharing the number
 * of {@code i % CAPACITY}.
 *
 * <pre>{@code
 * SocialSecurityNumbers ssns = new SocialSecurityNumbers(42L);
 * String ssn = ssns.of(7);   // nine digits, 900010001 to 999999999, the same on every call
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class SocialSecurityNumbers {

    /** How many numbers the never-issued range holds: 100 areas times 99 groups times 9,999 serials. */
    public static final int CAPACITY = 100 * 99 * 9_999;

    private static final int GROUPS = 99;
    private static final int SERIALS = 9_999;
    /** The smallest square side that covers the range; the walk leaves it on 12,400 of its 99,002,500 cells. */
    private static final long SIDE = 9_950;
    private static final int ROUNDS = 6;
    private static final long SALT = 0x2545F4914F6CDD1DL;

    private final long[] roundKeys = new long[ROUNDS];

    /** The numbers of the cohort generated with {@code seed}. */
    public SocialSecurityNumbers(long seed) {
        for (int round = 0; round < ROUNDS; round++) {
            roundKeys[round] = Ids.mix(seed ^ Ids.mix(SALT + round));
        }
    }

    /**
     * The SSN of the patient at {@code index}: nine digits without dashes.
     *
     * @throws IllegalArgumentException when {@code index} is negative
     */
    public String of(long index) {
        return Integer.toString(number(index));
    }

    /** The SSN of the patient at {@code index} as a number from 900,010,001 to 999,999,999. */
    int number(long index) {
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative, was " + index);
        }
        long position = index % CAPACITY;
        do {
            position = permute(position);
        } while (position >= CAPACITY);
        int slot = (int) position;
        int area = 900 + slot / (GROUPS * SERIALS);
        int group = 1 + slot / SERIALS % GROUPS;
        int serial = 1 + slot % SERIALS;
        return area * 1_000_000 + group * 10_000 + serial;
    }

    /** One pass of the keyed Feistel network over the square {@code [0, SIDE * SIDE)}; a bijection of that square. */
    private long permute(long position) {
        long left = position / SIDE;
        long right = position % SIDE;
        for (long key : roundKeys) {
            long next = (left + Long.remainderUnsigned(Ids.mix(key ^ right), SIDE)) % SIDE;
            left = right;
            right = next;
        }
        return left * SIDE + right;
    }
}
