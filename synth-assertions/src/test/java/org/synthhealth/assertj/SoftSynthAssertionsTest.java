package org.synthhealth.assertj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.synthhealth.core.Cohort;

@ExtendWith(SoftAssertionsExtension.class)
class SoftSynthAssertionsTest {

    @Test
    void collectsEveryFailureBeforeReporting() {
        Cohort cohort = Cohorts.of(20, 7L);
        SoftSynthAssertions softly = new SoftSynthAssertions();

        softly.assertThat(cohort).hasSize(1).hasReferentialIntegrity();
        softly.assertThat(cohort.fhirBundles().get(0)).hasResourceCount("Patient", 2);
        softly.assertThat(cohort.adtMessages().get(0)).hasMessageType("ORU^R01");

        assertThat(softly.errorsCollected()).hasSize(3);
        assertThatThrownBy(softly::assertAll)
                .hasMessageContaining("to hold 1 patients but it holds 20")
                .hasMessageContaining("to hold 2 Patient resource(s) but it holds 1")
                .hasMessageContaining("to be ORU^R01 but was ADT^A04");
    }

    @Test
    void isInjectedBySoftAssertionsExtension(SoftSynthAssertions softly) {
        Cohort cohort = Cohorts.of(20, 7L);

        softly.assertThat(cohort).hasSize(20).hasReferentialIntegrity();
        softly.assertThat(cohort.adtMessages().get(0)).isValid().hasMessageType("ADT^A04");
    }
}
