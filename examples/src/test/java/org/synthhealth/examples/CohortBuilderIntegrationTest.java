package org.synthhealth.examples;

import static org.synthhealth.assertj.SynthAssertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.FixtureExport;
import org.synthhealth.core.Requirements;
import org.synthhealth.core.format.csv.CsvFormat;
import org.synthhealth.core.format.vista.VistaFormat;
import org.synthhealth.core.model.Sex;

/**
 * An integration test that builds its cohort in code with the fluent builder, then exports the same cohort as
 * fixture files with the product's exporter for the system under test.
 */
class CohortBuilderIntegrationTest {

    @Test
    void buildsAWomensHealthCohortAndExportsItsFixtures(@TempDir Path out) throws IOException {
        CohortSpec spec = CohortSpec.builder()
                .patients(60)
                .seed(1234L)
                .requirements(Requirements.builder().minAge(18).maxAge(50).sex(Sex.FEMALE).deceased(false).build())
                .build();

        Cohort cohort = Cohort.generate(spec);
        FixtureExport.of(spec.toBuilder().outputDir(out).build())
                .formats(List.of(new CsvFormat(), new VistaFormat()))
                .run();

        assertThat(cohort).hasSize(60).meetsItsRequirements().hasReferentialIntegrity().hasPlausibleTimelines();
        assertThat(out.resolve("patients.csv")).isRegularFile();
        assertThat(Files.readAllLines(out.resolve("patients.csv"))).hasSize(61);
        assertThat(out.resolve("vista_globals.zwr")).isRegularFile();
    }

    @Test
    void theSameSeedGivesTheSameCohort() {
        CohortSpec spec = CohortSpec.builder().patients(30).seed(77L).build();

        Cohort first = Cohort.generate(spec);
        Cohort second = Cohort.generate(spec);

        assertThat(second.patients()).isEqualTo(first.patients());
    }
}
