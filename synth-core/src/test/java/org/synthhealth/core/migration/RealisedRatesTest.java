package org.synthhealth.core.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthhealth.core.ClinicalComplexity;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.DataQuality;
import org.synthhealth.core.MigrationStrategy;

/**
 * On a large cohort the realised success rate of each stage agrees with the configured one within four standard
 * errors of a binomial proportion, {@code 4 * sqrt(p (1 - p) / attempted)}: a false alarm about once in 16,000 runs,
 * and since the dice are seeded, a passing seed passes forever.
 */
class RealisedRatesTest {

    private static final int PATIENTS = 3000;

    @TempDir
    Path dir;

    @Test
    void realisedStageSuccessRatesMatchTheConfiguredOnes() {
        Map<MigrationStage, Double> configured = Map.of(MigrationStage.EXTRACT, 0.9, MigrationStage.TRANSFORM, 0.8,
                MigrationStage.VALIDATE, 0.85, MigrationStage.LOAD, 0.75);
        CohortSpec spec = CohortSpec.builder().patients(PATIENTS).seed(MigrationFixtures.SEED)
                .clinicalComplexity(ClinicalComplexity.LOW).batchSize(250).migrationStrategy(MigrationStrategy.STAGED)
                .dataQuality(new DataQuality(0.85, 0.0, "high"))
                .migrationSettings(MigrationFixtures.settings(0.9, 0.8, 0.85, 0.75, 0.05, 0.03, 0.0,
                        Map.of("batch_failure_threshold", 1.0)))
                .build();

        MigrationResult result = MigrationSimulator.forSpec(spec).outputDir(dir).jdbcUrl("jdbc:h2:mem:rates")
                .build().run(Cohort.generate(spec));

        for (MigrationStage stage : MigrationStage.values()) {
            StageReport report = result.stage(stage);
            double p = configured.get(stage);
            double tolerance = 4 * Math.sqrt(p * (1 - p) / report.attempted());
            assertThat(report.attempted()).as("%s attempted", stage).isGreaterThan(1000);
            assertThat(report.successRate()).as("%s realised rate (tolerance %.4f)", stage, tolerance)
                    .isCloseTo(p, within(tolerance));
        }
        double overall = 0.9 * 0.8 * 0.85 * 0.75;
        double tolerance = 4 * Math.sqrt(overall * (1 - overall) / PATIENTS);
        assertThat((double) result.migratedCount() / PATIENTS).as("share migrated").isCloseTo(overall,
                within(tolerance));
    }
}
