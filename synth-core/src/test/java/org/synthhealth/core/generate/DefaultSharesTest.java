package org.synthhealth.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.report.CohortProfile;
import org.synthhealth.core.report.GenerationReport;

/**
 * A default cohort meets its own default distributions: the age rules of the social history (no student from 65,
 * assisted living only from 65) no longer leave a category short of its configured share by more than chance explains,
 * so the console summary of a default run flags nothing.
 */
class DefaultSharesTest {

    @Test
    void aDefaultCohortOfTenThousandShowsNoGapBeyondChance() {
        CohortProfile profile = new CohortProfile(SampleCohort.SPEC);
        SampleCohort.patients().forEach(profile::accept);

        String summary = GenerationReport.of(profile, SampleCohort.SPEC.seed().orElseThrow(),
                SampleCohort.REFERENCE, Path.of("out"), List.of("csv"), List.of(), Duration.ZERO).summary();

        assertThat(summary).as("console summary of a default cohort").contains("Distributions: every realised share")
                .doesNotContain("more than chance explains");
    }
}
