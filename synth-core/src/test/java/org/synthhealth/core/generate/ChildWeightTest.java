package org.synthhealth.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.model.Observation;
import org.synthhealth.core.model.Patient;

/**
 * A child's weight follows a growth chart: it rises with growth and may drift up across percentiles over the years,
 * but never leaps, neither when obesity is diagnosed nor at the 18th birthday, where the adult model takes over.
 */
class ChildWeightTest {

    private static final String WEIGHT = "29463-7";

    /**
     * The most weight may change a year across the 18th birthday: an adult gains at most about 2 BMI points a year
     * (about 7-10 % of the weight) in the years around an obesity diagnosis, an adolescent of 17 still grows about a
     * centimetre, and each weight varies by up to 3 % from the usual. A step from the child's curve to the adult's
     * showed as a median of 15 % a year.
     */
    private static final double MOST_CHANGE_A_YEAR_AT_EIGHTEEN = 0.15;

    /**
     * The most a child's weight may rise between two visits, as a share: 10 % plus 30 % a year. After two, median
     * weight for age rises at most about 17 % a year (CDC charts: 12.2 kg at 2, 14.3 kg at 3) and 10-15 % a year in
     * the pubertal growth spurt; a child crossing upward from the median towards the 95th percentile of BMI over a
     * few years adds up to about 10 % a year; measurements vary by a few per cent. So 25 % in six months and 40 % in
     * a year is more than growth explains; the leaps this guards against were 45-80 % in six months.
     */
    private static double mostRise(double years) {
        return 0.10 + 0.30 * years;
    }

    @Test
    void childrensWeightsRiseNoFasterThanGrowthAndPercentileDriftExplain() {
        int pairs = 0;
        for (Patient p : SampleCohort.patients()) {
            List<Observation> weights = weights(p);
            for (int i = 1; i < weights.size(); i++) {
                Observation before = weights.get(i - 1);
                Observation after = weights.get(i);
                double years = ChronoUnit.DAYS.between(day(before), day(after)) / 365.25;
                if (age(p, before) < 2 || age(p, after) >= 18 || years > 1) {
                    continue;
                }
                pairs++;
                double rise = after.value().doubleValue() / before.value().doubleValue() - 1;
                assertThat(rise).as("weight of %s from %s kg at %.2f to %s kg %.2f years later", p.id(),
                        before.value(), age(p, before), after.value(), years).isLessThanOrEqualTo(mostRise(years));
            }
        }
        assertThat(pairs).as("children's visits less than a year apart").isGreaterThan(5_000);
    }

    @Test
    void weightRunsOnThroughTheEighteenthBirthday() {
        List<Double> changes = new ArrayList<>();
        for (Patient p : SampleCohort.patients()) {
            List<Observation> weights = weights(p);
            for (int i = 1; i < weights.size(); i++) {
                Observation before = weights.get(i - 1);
                Observation after = weights.get(i);
                double years = ChronoUnit.DAYS.between(day(before), day(after)) / 365.25;
                if (age(p, before) < 17 || age(p, before) >= 18 || age(p, after) < 18 || years > 2) {
                    continue;
                }
                double change = (after.value().doubleValue() / before.value().doubleValue() - 1) / Math.max(1, years);
                changes.add(change);
                assertThat(Math.abs(change)).as("yearly weight change of %s from %s kg at %.2f to %s kg at %.2f",
                        p.id(), before.value(), age(p, before), after.value(), age(p, after))
                        .isLessThanOrEqualTo(MOST_CHANGE_A_YEAR_AT_EIGHTEEN);
            }
        }
        changes.sort(Comparator.naturalOrder());
        assertThat(changes.size()).as("patients weighed at 17 and again by 20").isGreaterThan(150);
        assertThat(changes.get(changes.size() / 2)).as("median yearly change across the 18th birthday")
                .isBetween(-0.02, 0.05);
    }

    private static List<Observation> weights(Patient p) {
        return p.observations().stream().filter(o -> o.code().code().equals(WEIGHT))
                .sorted(Comparator.comparing(Observation::effective)).toList();
    }

    private static LocalDate day(Observation o) {
        return LocalDate.ofInstant(o.effective(), ZoneOffset.UTC);
    }

    private static double age(Patient p, Observation o) {
        return ChronoUnit.DAYS.between(p.demographics().birthDate(), day(o)) / 365.25;
    }
}
