package org.synthhealth.core.generate.clinical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.model.Sex;

/**
 * A child has obesity exactly when their BMI is at or above the 95th percentile for age and sex (the CDC's
 * definition), as an adult has it exactly at 30 or more: before the diagnosis the BMI climbs towards the line without
 * reaching it.
 */
class ChildhoodObesityLineTest {

    @Test
    void childrensBmiIsAtOrAboveTheLineExactlyFromTheOnsetOfObesity() {
        SplittableRandom random = new SplittableRandom(20_260_101L);
        int checked = 0;
        for (int i = 0; i < 20_000; i++) {
            Sex sex = i % 2 == 0 ? Sex.MALE : Sex.FEMALE;
            Body body = new Body(sex, random.split());
            double age = 2 + 16 * random.nextDouble();
            double onsetAge = 2 + 16 * random.nextDouble();
            double since = i % 5 == 0 ? Double.NaN : age - onsetAge;
            double noise = 0.03 * (2 * random.nextDouble() - 1);

            double bmi = body.bmi(age, since, noise);

            boolean obese = since >= 0;
            double line = GrowthCharts.obeseBmi(sex, age);
            assertThat(bmi >= line).as("BMI %.2f of a %s at %.2f, %.2f years from obesity (line %.2f)", bmi, sex, age,
                    since, line).isEqualTo(obese);
            checked++;
        }
        assertThat(checked).isEqualTo(20_000);
    }

    /**
     * A boy's line rises to the adult threshold at 18, above his 95th percentile there (29.0), so that his BMI does not
     * step; a girl's 95th percentile is already above 30 then (30.3), and the adult threshold takes over at 18.
     */
    @Test
    void theLineMeetsTheAdultThresholdAtEighteen() {
        assertThat(GrowthCharts.obeseBmi(Sex.MALE, 17.999)).isCloseTo(30, Offset.offset(0.01));
        assertThat(GrowthCharts.obeseBmi(Sex.FEMALE, 17.999)).isCloseTo(30.33, Offset.offset(0.01));
        for (Sex sex : Sex.values()) {
            assertThat(GrowthCharts.obeseBmi(sex, 18)).as("line of a %s at 18", sex).isEqualTo(30);
            assertThat(GrowthCharts.obeseBmi(sex, 40)).as("line of a %s at 40", sex).isEqualTo(30);
        }
    }
}
