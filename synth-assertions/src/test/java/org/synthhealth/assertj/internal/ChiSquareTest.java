package org.synthhealth.assertj.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ChiSquareTest {

    @Test
    void pValuesMatchPublishedCriticalValues() {
        assertThat(ChiSquare.upperRegularisedGamma(0.5, 3.841 / 2)).isCloseTo(0.05, within(1e-4));
        assertThat(ChiSquare.upperRegularisedGamma(1.0, 5.991 / 2)).isCloseTo(0.05, within(1e-4));
        assertThat(ChiSquare.upperRegularisedGamma(1.5, 11.345 / 2)).isCloseTo(0.01, within(1e-4));
        assertThat(ChiSquare.upperRegularisedGamma(5.0, 29.588 / 2)).isCloseTo(0.001, within(1e-5));
    }

    @Test
    void countsThatMatchTheWeightsExactlyGiveAPValueOfOne() {
        List<String> items = items(Map.of("a", 50, "b", 50));

        ChiSquare test = ChiSquare.test(items, Function.identity(), ordered("a", 0.5, "b", 0.5));

        assertThat(test.statistic()).isZero();
        assertThat(test.pValue()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void aLopsidedSampleIsRejected() {
        List<String> items = items(Map.of("a", 90, "b", 10));

        ChiSquare test = ChiSquare.test(items, Function.identity(), ordered("a", 0.5, "b", 0.5));

        assertThat(test.statistic()).isCloseTo(64.0, within(1e-9));
        assertThat(test.pValue()).isLessThan(1e-10);
        assertThat(test.describe()).contains("observed     90", "expected      50.0", "df = 1");
    }

    @Test
    void anItemOutsideEveryCategoryFailsTheTest() {
        List<String> items = items(Map.of("a", 5, "c", 1));

        ChiSquare test = ChiSquare.test(items, Function.identity(), ordered("a", 1.0, "b", 0.0));

        assertThat(test.pValue()).isZero();
        assertThat(test.describe()).contains("(none of these)");
    }

    private static List<String> items(Map<String, Integer> counts) {
        return counts.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .flatMap(e -> Collections.nCopies(e.getValue(), e.getKey()).stream()).toList();
    }

    private static Map<String, Double> ordered(String k1, double w1, String k2, double w2) {
        Map<String, Double> map = new LinkedHashMap<>();
        map.put(k1, w1);
        map.put(k2, w2);
        return map;
    }
}
