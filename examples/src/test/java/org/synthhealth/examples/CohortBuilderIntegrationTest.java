package org.synthhealth.examples;

import static org.synthhealth.assertj.SynthAssertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.Requirements;
import org.synthhealth.core.format.FixtureWriter;
import org.synthhealth.core.format.csv.CsvFormat;
import org.synthhealth.core.format.vista.VistaFormat;
import org.synthhealth.core.model.Patient;
import org.synthhealth.core.model.Sex;

/**
 * An integration test that builds its cohort in code with the fluent builder, then exports fixtures with the
 * product's format writers for the system under test.
 */
class CohortBuilderIntegrationTest {

    @Test
    void buildsAWomensHealthCohortAndExportsItsFixtures(@TempDir Path out) throws IOException {
        CohortSpec spec = CohortSpec.builder()
                .patients(60)
                .seed(1234L)
                .requirements(new Requirements(List.of(), Optional.of(18), Optional.of(50), Optional.of(Sex.FEMALE),
                        Optional.of(false)))
                .build();

        Cohort cohort = Cohort.generate(spec);
        export(cohort, out);

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

    private static void export(Cohort cohort, Path out) throws IOException {
        for (var format : List.of(new CsvFormat(), new VistaFormat())) {
            try (FixtureWriter writer = format.open(out, cohort.spec(), cohort.seed())) {
                for (Patient patient : cohort.patients()) {
                    writer.write(patient);
                }
                writer.finish();
            }
        }
    }
}
