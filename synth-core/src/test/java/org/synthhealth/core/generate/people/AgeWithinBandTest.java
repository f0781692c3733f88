package org.synthhealth.core.generate.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Ages inside a band are spread as survival spreads a population: even while young, thinning in old age. */
class AgeWithinBandTest {

    private static final int DRAWS = 200_000;

    @Test
    void anOldAgeBandThinsOutDecadeByDecadeAndHardlyReaches110() {
        int[] decades = new int[13];
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < DRAWS; i++) {
            int age = AgeWithinBand.draw(random, 66, 120);
            assertThat(age).isBetween(66, 120);
            decades[age / 10]++;
        }
        assertThat(decades[7]).as("70s").isGreaterThan(decades[8]);
        assertThat(decades[8]).as("80s").isGreaterThan(decades[9]);
        assertThat(decades[9]).as("90s").isGreaterThan(decades[10]);
        assertThat((double) decades[10] / DRAWS).as("share aged 100-109").isLessThan(0.01);
        assertThat(decades[11] + decades[12]).as("aged 110 or more").isLessThan(5);
    }

    @Test
    void aYoungBandIsCloseToEven() {
        int[] counts = new int[19];
        SplittableRandom random = new SplittableRandom(2);
        for (int i = 0; i < DRAWS; i++) {
            counts[AgeWithinBand.draw(random, 0, 18)]++;
        }
        double even = DRAWS / 19.0;
        for (int age = 0; age <= 18; age++) {
            assertThat(counts[age]).as("draws of age %d", age).isBetween((int) (even * 0.95), (int) (even * 1.05));
        }
    }

    @Test
    void aOneYearBandAndTheOldestAgesStayInsideTheBand() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 1_000; i++) {
            assertThat(AgeWithinBand.draw(random, 42, 42)).isEqualTo(42);
            assertThat(AgeWithinBand.draw(random, 117, 120)).isBetween(117, 120);
            assertThat(AgeWithinBand.draw(random, 0, 120)).isBetween(0, 120);
        }
    }

    @Test
    void survivalFallsWithAgeAsALifeTableDoes() {
        assertThat(AgeWithinBand.survival(0)).isEqualTo(1.0);
        assertThat(AgeWithinBand.survival(60)).isBetween(0.9, 0.97);
        assertThat(AgeWithinBand.survival(80)).isBetween(0.55, 0.7);
        assertThat(AgeWithinBand.survival(100)).isBetween(0.005, 0.03);
        for (int age = 1; age <= 120; age++) {
            assertThat(AgeWithinBand.survival(age)).isLessThanOrEqualTo(AgeWithinBand.survival(age - 1));
        }
    }
}
