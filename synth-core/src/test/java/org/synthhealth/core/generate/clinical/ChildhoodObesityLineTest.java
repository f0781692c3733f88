package org.synthhealth.core.generate.clinical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.model.Sex;

/**
 * A child has obesity exactly when their BMI is at or above the 95th percentile for age (the CDC's definition), as an
 * adult has it exactly at 30 or more: before the diagnosis the BMI climbs towards the line without reaching it.
 */
class ChildhoodObesityLineTest {

    @Test
    void childrensBmiIsAtOrAboveTheLineExactlyFromTheOnsetOfObesity() {
        SplittableRandom random = new SplittableRandom(20_260_101L);
        int checked = 0;
        for (int i = 0; i < 20_000; i++) {
            Body body = new Body(i % 2 == 0 ? Sex.MALE : Sex.FEMALE, random.split());
            double age = 2 + 16 * random.nextDouble();
            double onsetAge = 2 + 16 * random.nextDouble();
            double since = i % 5 == 0 ? Double.NaN : age - onsetAge;
            double noise = 0.03 * (2 * random.nextDouble() - 1);

            double bmi = body.bmi(age, since, noise);

            boolean obese = since >= 0;
            assertThat(bmi >= GrowthCharts.obeseBmi(age)).as("BMI %.2f at %.2f, %.2f years from obesity (line %.2f)",
                    bmi, age, since, GrowthCharts.obeseBmi(age)).isEqualTo(obese);
            checked++;
        }
        assertThat(checked).isEqualTo(20_000);
    }

    @Test
    void theLineMeetsTheAdultThresholdAtEighteen() {
        assertThat(GrowthCharts.obeseBmi(17.999)).isCloseTo(30, org.assertj.core.data.Offset.offset(0.01));
        assertThat(GrowthCharts.obeseBmi(18)).isEqualTo(30);
        assertThat(GrowthCharts.obeseBmi(40)).isEqualTo(30);
    }
}
