package org.synthhealth.core.migration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthhealth.core.MigrationStrategy;

/** A run where no patient reaches the target has no quality figure, and every report says so. */
class UnscoredMigrationReportTest {

    @TempDir
    static Path dir;

    private static MigrationResult result;

    @BeforeAll
    static void migrateWithEveryExtractFailing() {
        result = MigrationFixtures.migrate(MigrationFixtures.clean(30, MigrationStrategy.STAGED)
                .migrationSettings(MigrationFixtures.settings(0, 1, 1, 1, 0, 0, 0)).build(), dir);
    }

    @Test
    void theSummaryHasNoMeanP5OrMinimumWhenNoPatientWasScored() {
        assertThat(result.migratedCount()).isZero();
        assertThat(result.quality().scored()).isZero();
        assertThat(result.quality().mean()).isEmpty();
        assertThat(result.quality().p5()).isEmpty();
        assertThat(result.quality().min()).isEmpty();
    }

    @Test
    void theJsonReportStatesNullForMeanAndP5() throws Exception {
        JsonNode quality = new ObjectMapper().readTree(MigrationReports.json(result)).get("quality");

        assertThat(quality.get("scored").asLong()).isZero();
        assertThat(quality.get("mean").isNull()).as("quality.mean: %s", quality.get("mean")).isTrue();
        assertThat(quality.get("p5").isNull()).as("quality.p5: %s", quality.get("p5")).isTrue();
        assertThat(quality.get("min").isNull()).as("quality.min: %s", quality.get("min")).isTrue();
    }

    @Test
    void theTextReportSaysNoPatientWasScoredInsteadOfAPerfectScore() {
        String text = MigrationReports.text(result);

        assertThat(text).contains("Quality: no patient was scored").doesNotContain("mean 1.0000");
    }
}
