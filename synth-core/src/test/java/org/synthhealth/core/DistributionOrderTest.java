package org.synthhealth.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthhealth.core.config.CohortSpecReader;
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
    void anOrderedMapIsPutInNaturalOrderToo() {
        Map<Sex, Double> femaleFirst = new LinkedHashMap<>();
        femaleFirst.put(Sex.FEMALE, 0.4);
        femaleFirst.put(Sex.MALE, 0.6);

        assertThat(Distribution.of(femaleFirst).categories()).containsExactly(Sex.MALE, Sex.FEMALE);
    }

    @Test
    void yamlListingTheSameWeightsInAnotherOrderIsTheSameConfigurationAndTheSamePatients(@TempDir Path dir)
            throws IOException {
        Path one = Files.writeString(dir.resolve("one.yaml"), """
                num_records: 80
                seed: 5
                gender_dist: {male: 0.5, female: 0.5}
                age_dist: {0-18: 0.2, 19-40: 0.3, 41-65: 0.3, 66-120: 0.2}
                smoking_dist: {never: 0.5, former: 0.3, current: 0.2}
                """);
        Path other = Files.writeString(dir.resolve("other.yaml"), """
                num_records: 80
                seed: 5
                gender_dist: {female: 0.5, male: 0.5}
                age_dist: {19-40: 0.3, 66-120: 0.2, 0-18: 0.2, 41-65: 0.3}
                smoking_dist: {current: 0.2, never: 0.5, former: 0.3}
                """);
        CohortSpec first = CohortSpecReader.read(one);
        CohortSpec second = CohortSpecReader.read(other);

        assertThat(second).isEqualTo(first);
        assertThat(second.ageDistribution().categories()).isEqualTo(first.ageDistribution().categories());
        assertThat(Cohort.generate(second).patients()).isEqualTo(Cohort.generate(first).patients());
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
