package org.synthhealth.core.migration;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthhealth.core.ClinicalComplexity;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.InvalidInputException;

class TargetConnectionErrorTest {

    @TempDir
    Path dir;

    @Test
    void namesTheTargetWithoutItsPassword() {
        CohortSpec spec = CohortSpec.builder().patients(2).seed(3).clinicalComplexity(ClinicalComplexity.LOW).build();
        String url = "jdbc:nosuchdatabase://127.0.0.1:5432/db?user=synth&password=topsecret";

        assertThatThrownBy(() -> MigrationSimulator.forSpec(spec).outputDir(dir).jdbcUrl(url).build()
                .run(Cohort.generate(spec)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("migration target 'jdbc:nosuchdatabase://127.0.0.1:5432/db?user=synth"
                        + "&password=***': cannot connect")
                .hasMessageNotContaining("topsecret");
    }
}
