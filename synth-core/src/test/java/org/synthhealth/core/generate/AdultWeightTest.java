package org.synthhealth.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.model.Observation;
import org.synthhealth.core.model.Patient;

/** An adult's weight moves as a body's does: a little from visit to visit, never by a third within a year. */
class AdultWeightTest {

    private static final String WEIGHT = "29463-7";

    @Test
    void weightsVaryBetweenVisitsButNeverJumpOverTenThousandPatients() {
        int adults = 0;
        int unchanging = 0;
        List<Double> yearlyChanges = new ArrayList<>();
        for (Patient p : SampleCohort.patients()) {
            List<Observation> weights = p.observations().stream()
                    .filter(o -> o.code().code().equals(WEIGHT))
                    .filter(o -> p.ageOn(o.effective().atZone(java.time.ZoneOffset.UTC).toLocalDate()) >= 18)
                    .sorted(Comparator.comparing(Observation::effective)).toList();
            if (weights.size() <= 5) {
                continue;
            }
            adults++;
            if (weights.stream().map(o -> o.value().doubleValue()).distinct().count() == 1) {
                unchanging++;
            }
            for (int i = 0; i < weights.size(); i++) {
                for (int j = i + 1; j < weights.size(); j++) {
                    if (Duration.between(weights.get(i).effective(), weights.get(j).effective()).toDays() <= 5 * 366) {
                        assertThat(weights.get(j).value().doubleValue() - weights.get(i).value().doubleValue())
                                .as("weight gained by %s within five years of %s", p.id(), weights.get(i).effective())
                                .isLessThan(40);
                    }
                }
            }
            for (int i = 1; i < weights.size(); i++) {
                Observation before = weights.get(i - 1);
                Observation after = weights.get(i);
                if (Duration.between(before.effective(), after.effective()).toDays() > 366) {
                    continue;
                }
                double change = Math.abs(after.value().doubleValue() / before.value().doubleValue() - 1);
                yearlyChanges.add(change);
                assertThat(change).as("weight change of %s from %s to %s", p.id(), before.effective(),
                        after.effective()).isLessThan(0.3);
            }
        }
        yearlyChanges.sort(Comparator.naturalOrder());
        assertThat(adults).as("adults weighed more than five times").isGreaterThan(3_000);
        assertThat(unchanging).as("adults whose every weight is the same").isLessThan(adults / 100);
        assertThat(yearlyChanges.get(yearlyChanges.size() * 99 / 100)).as("99th percentile of changes within a year")
                .isLessThan(0.08);
    }

    @Test
    void anAdultsWeightsWithinTwoWeeksDifferByAFewPercentAtMost() {
        List<Double> changes = new ArrayList<>();
        for (Patient p : SampleCohort.patients()) {
            List<Observation> weights = p.observations().stream()
                    .filter(o -> o.code().code().equals(WEIGHT))
                    .filter(o -> p.ageOn(o.effective().atZone(java.time.ZoneOffset.UTC).toLocalDate()) >= 18)
                    .sorted(Comparator.comparing(Observation::effective)).toList();
            for (int i = 1; i < weights.size(); i++) {
                Observation before = weights.get(i - 1);
                Observation after = weights.get(i);
                if (Duration.between(before.effective(), after.effective()).toDays() > 14) {
                    continue;
                }
                double change = Math.abs(after.value().doubleValue() / before.value().doubleValue() - 1);
                changes.add(change);
                assertThat(change).as("weight change of %s from %s to %s", p.id(), before.effective(),
                        after.effective()).isLessThan(0.035);
            }
        }
        changes.sort(Comparator.naturalOrder());
        assertThat(changes.size()).as("adult weighings within two weeks of the last").isGreaterThan(2_000);
        assertThat(changes.get(changes.size() * 99 / 100)).as("99th percentile of changes within two weeks")
                .isLessThan(0.02);
    }
}
