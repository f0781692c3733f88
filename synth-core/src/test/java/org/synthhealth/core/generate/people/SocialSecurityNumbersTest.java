package org.synthhealth.core.generate.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.fail;

import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** SSNs are drawn without repeats from the never-issued range and depend on the seed and patient index alone. */
class SocialSecurityNumbersTest {

    private static final long SEED = 7L;

    @Test
    void dealsTwoHundredThousandPatientsDistinctNumbersThatAreNeverIssued() {
        SocialSecurityNumbers ssns = new SocialSecurityNumbers(SEED);
        Set<String> seen = new HashSet<>();

        for (long index = 0; index < 200_000; index++) {
            String ssn = ssns.of(index);

            assertThat(seen.add(ssn)).as("SSN %s of index %d was dealt before (seed %d)", ssn, index, SEED).isTrue();
            assertThat(ssn).as("SSN of index %d (seed %d)", index, SEED).matches("9\\d{8}");
            assertThat(Integer.parseInt(ssn.substring(3, 5))).as("group of %s", ssn).isBetween(1, 99);
            assertThat(Integer.parseInt(ssn.substring(5))).as("serial of %s", ssn).isBetween(1, 9999);
        }
    }

    @Test
    void dealsDistinctNumbersToIndexesSpreadOverTheWholeRange() {
        SocialSecurityNumbers ssns = new SocialSecurityNumbers(SEED);
        BitSet seen = new BitSet(100_000_000);
        int asked = 0;

        for (int index = SocialSecurityNumbers.CAPACITY - 1; index >= 0; index -= 989) {
            int ssn = ssns.number(index);
            if (seen.get(ssn - 900_000_000)) {
                fail("SSN %d of index %d was dealt before (seed %d)", ssn, index, SEED);
            }
            seen.set(ssn - 900_000_000);
            asked++;
        }

        assertThat(seen.cardinality()).as("distinct SSNs").isEqualTo(asked).isGreaterThan(100_000);
    }

    @Test
    void givesAnIndexTheSameNumberWhateverWasAskedBefore() {
        String alone = new SocialSecurityNumbers(SEED).of(7);
        SocialSecurityNumbers busy = new SocialSecurityNumbers(SEED);
        for (long index = 20_000; index > 7; index--) {
            busy.of(index);
        }

        assertThat(busy.of(7)).isEqualTo(alone);
    }

    @Test
    void anotherSeedDealsOtherNumbers() {
        SocialSecurityNumbers seven = new SocialSecurityNumbers(7L);
        SocialSecurityNumbers eight = new SocialSecurityNumbers(8L);

        long same = 0;
        for (long index = 0; index < 1_000; index++) {
            same += seven.of(index).equals(eight.of(index)) ? 1 : 0;
        }

        assertThat(same).as("indexes with the same SSN under seeds 7 and 8").isLessThan(3);
    }

    @Test
    void indexesPastTheRangeRepeatItFromTheStart() {
        SocialSecurityNumbers ssns = new SocialSecurityNumbers(SEED);

        assertThat(ssns.of(SocialSecurityNumbers.CAPACITY + 5L)).isEqualTo(ssns.of(5));
    }

    @Test
    void rejectsANegativeIndex() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SocialSecurityNumbers(SEED).of(-1))
                .withMessage("index must not be negative, was -1");
    }
}
