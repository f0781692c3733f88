package org.synthhealth.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.model.Patient;
import org.synthhealth.core.model.Sex;

/**
 * The order of a distribution's categories decides which category a random draw lands in, so it must not depend on
 * the order a map happens to iterate in: {@code Map.of} iterates differently from one JVM run to the next.
 */
class DistributionOrderTest {

    /** {@code entries} in the given order, behind a map type whose order no caller chose. */
    private static <K> Map<K, Double> unordered(List<Map.Entry<K, Double>> entries) {
        Map<K, Double> inOrder = new LinkedHashMap<>();
        entries.forEach(e -> inOrder.put(e.getKey(), e.getValue()));
        return Collections.unmodifiableMap(inOrder);
    }

    @Test
    void aMapOfNoChosenOrderGivesTheSameCategoriesWhateverItsIterationOrder() {
        Distribution<Sex> femaleFirst = Distribution.of(unordered(List.of(Map.entry(Sex.FEMALE, 0.4),
                Map.entry(Sex.MALE, 0.6))));
        Distribution<Sex> maleFirst = Distribution.of(unordered(List.of(Map.entry(Sex.MALE, 0.6),
                Map.entry(Sex.FEMALE, 0.4))));

        assertThat(femaleFirst).isEqualTo(maleFirst);
        assertThat(femaleFirst.categories()).containsExactly(Sex.MALE, Sex.FEMALE);
        assertThat(Distribution.of(Map.of(Sex.FEMALE, 0.4, Sex.MALE, 0.6)).categories())
                .containsExactly(Sex.MALE, Sex.FEMALE);
    }

    @Test
    void ageBandsOfNoChosenOrderComeYoungestFirst() {
        Distribution<AgeBand> bands = Distribution.of(unordered(List.of(Map.entry(new AgeBand(65, 120), 0.2),
                Map.entry(new AgeBand(0, 17), 0.3), Map.entry(new AgeBand(18, 64), 0.5))));

        assertThat(bands.categories()).containsExactly(new AgeBand(0, 17), new AgeBand(18, 64),
                new AgeBand(65, 120));
    }

    @Test
    void anOrderedMapKeepsTheOrderItWasGiven() {
        Map<Sex, Double> femaleFirst = new LinkedHashMap<>();
        femaleFirst.put(Sex.FEMALE, 0.4);
        femaleFirst.put(Sex.MALE, 0.6);

        assertThat(Distribution.of(femaleFirst).categories()).containsExactly(Sex.FEMALE, Sex.MALE);
    }

    @Test
    void theWeightsOfADistributionGivenBackKeepTheirOrder() {
        Map<Sex, Double> femaleFirst = new LinkedHashMap<>();
        femaleFirst.put(Sex.FEMALE, 0.4);
        femaleFirst.put(Sex.MALE, 0.6);
        CohortSpec spec = CohortSpec.builder().genderDistribution(femaleFirst).build();

        CohortSpec again = CohortSpec.builder().genderDistribution(spec.genderDistribution().weights()).build();

        assertThat(again.genderDistribution().categories()).containsExactly(Sex.FEMALE, Sex.MALE);
        assertThat(again).isEqualTo(spec);
    }

    @Test
    void aSpecBuiltFromMapOfDrawsThePatientsOfItsNaturalOrder() {
        Map<Sex, Double> natural = new LinkedHashMap<>();
        natural.put(Sex.MALE, 0.6);
        natural.put(Sex.FEMALE, 0.4);
        CohortSpec fromMapOf = CohortSpec.builder().patients(60).seed(1)
                .genderDistribution(Map.of(Sex.FEMALE, 0.4, Sex.MALE, 0.6)).build();
        CohortSpec fromOrdered = fromMapOf.toBuilder().genderDistribution(natural).build();

        assertThat(sexes(fromMapOf)).isEqualTo(sexes(fromOrdered)).contains("M").contains("F");
    }

    private static String sexes(CohortSpec spec) {
        StringBuilder codes = new StringBuilder();
        for (Patient patient : Cohort.generate(spec).patients()) {
            codes.append(patient.demographics().sex().code());
        }
        return codes.toString();
    }
}
