package org.synthhealth.core.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthhealth.core.ClinicalComplexity;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.CohortSpecBuilder;
import org.synthhealth.core.DataQuality;
import org.synthhealth.core.MigrationSettings;
import org.synthhealth.core.MigrationStrategy;

/** What each strategy promises: rollback of a big bang, abandoned batches, makespan of parallel workers. */
class StrategySemanticsTest {

    private static Cohort cohort;

    @TempDir
    Path dir;

    @BeforeAll
    static void generate() {
        cohort = Cohort.generate(spec(MigrationStrategy.STAGED, MigrationSettings.defaults()).build());
    }

    private static CohortSpecBuilder spec(MigrationStrategy strategy, MigrationSettings settings) {
        return CohortSpec.builder().patients(80).seed(MigrationFixtures.SEED).clinicalComplexity(ClinicalComplexity.LOW)
                .batchSize(20).concurrentWorkers(4).migrationStrategy(strategy).migrationSettings(settings)
                .dataQuality(new DataQuality(0.85, 0.0, "high"));
    }

    private MigrationResult run(CohortSpecBuilder builder) {
        return MigrationSimulator.forSpec(builder.build()).outputDir(dir).build().run(cohort);
    }

    @Test
    void bigBangPastItsFailureThresholdRollsEverythingBackAndSaysSo() {
        MigrationResult result = run(spec(MigrationStrategy.BIG_BANG,
                MigrationFixtures.settings(1, 1, 1, 0.3, 0, 0, 0)));

        assertThat(result.rolledBack()).isTrue();
        assertThat(result.rollbackReason()).hasValueSatisfying(r -> assertThat(r)
                .matches("\\d+\\.\\d% of patients failed, above the threshold of 50\\.0%"));
        assertThat(result.migratedCount()).isZero();
        assertThat(result.targetRowCounts().values()).allMatch(n -> n == 0L);
        assertThat(result.count(PatientState.ROLLED_BACK)).isEqualTo(result.stage(MigrationStage.LOAD).succeeded());
        assertThat(MigrationReports.text(result)).contains("THE WHOLE MIGRATION WAS ROLLED BACK");
        assertThat(MigrationReports.json(result)).contains("\"rolled_back\" : true");
    }

    @Test
    void theTextReportSaysOnceOnEachLineThatTheMigrationWasRolledBack() {
        MigrationResult result = run(spec(MigrationStrategy.BIG_BANG,
                MigrationFixtures.settings(1, 1, 1, 0.3, 0, 0, 0)));

        String text = MigrationReports.text(result);

        assertThat(text).containsPattern("(?m)^THE WHOLE MIGRATION WAS ROLLED BACK: \\d+\\.\\d% of patients failed, "
                + "above the threshold of 50\\.0%\\. The target holds no patient\\.$");
        assertThat(text.lines()).allSatisfy(line -> assertThat(line.toLowerCase(Locale.ROOT)
                .split("rolled back", -1)).as("line %s", line).hasSizeLessThanOrEqualTo(2));
        assertThat(result.patients()).filteredOn(p -> p.state() == PatientState.ROLLED_BACK)
                .allSatisfy(p -> assertThat(p.reasons().get(0)).startsWith("load: whole migration rolled back: ")
                        .doesNotContainPattern("rolled back.*rolled back"));
    }

    @Test
    void bigBangBelowItsThresholdCommits() {
        MigrationResult result = run(spec(MigrationStrategy.BIG_BANG,
                MigrationFixtures.settings(1, 1, 1, 0.9, 0, 0, 0)));

        assertThat(result.rolledBack()).isFalse();
        assertThat(result.batches()).hasSize(1);
        assertThat(result.migratedCount()).isEqualTo(result.stage(MigrationStage.LOAD).succeeded());
    }

    @Test
    void bigBangLoadPressureRaisesOverloadAboveStaged() {
        MigrationSettings overload = MigrationFixtures.settings(1, 1, 1, 1, 0, 0.05, 0);

        long staged = run(spec(MigrationStrategy.STAGED, overload)).errorCount("system_overload");
        long bigBang = run(spec(MigrationStrategy.BIG_BANG, overload)).errorCount("system_overload");

        assertThat(bigBang).as("overloaded calls, big bang vs staged %d", staged).isGreaterThan(staged);
    }

    @Test
    void stagedBatchesThatFailTooMuchAreAbandonedWhenConfigured() {
        MigrationResult result = run(spec(MigrationStrategy.STAGED, MigrationFixtures.settings(1, 1, 1, 0.4, 0, 0,
                0, Map.of("on_batch_failure", "abandon", "batch_failure_threshold", 0.5))));

        assertThat(result.batches()).allSatisfy(b -> {
            assertThat(b.attempts()).isEqualTo(1);
            assertThat(b.committed()).isEqualTo(b.failureRate() <= 0.5);
        });
        assertThat(result.batches()).anyMatch(b -> !b.committed());
        long abandonedLoads = result.patients().stream().filter(p -> p.state() == PatientState.ROLLED_BACK).count();
        assertThat(abandonedLoads).isPositive();
        assertThat(result.rolledBack()).isFalse();
    }

    @Test
    void stagedBatchesThatFailTooMuchAreRetriedWithFreshDice() {
        MigrationResult result = run(spec(MigrationStrategy.STAGED, MigrationFixtures.settings(1, 1, 1, 0.45, 0, 0,
                0, Map.of("on_batch_failure", "retry", "batch_retries", 2, "batch_failure_threshold", 0.5))));

        assertThat(result.batches()).anyMatch(b -> b.attempts() > 1);
        assertThat(result.batches()).allMatch(b -> b.attempts() <= 3);
        assertThat(result.stage(MigrationStage.EXTRACT).attempted()).isEqualTo(
                result.batches().stream().mapToLong(b -> (long) b.size() * b.attempts()).sum());
    }

    @Test
    void parallelWorkersShortenTheMakespan() {
        MigrationSettings settings = MigrationFixtures.settings(1, 1, 1, 1, 0, 0, 0);

        MigrationResult staged = run(spec(MigrationStrategy.STAGED, settings));
        MigrationResult parallel = run(spec(MigrationStrategy.PARALLEL, settings));

        assertThat(parallel.batches()).extracting(BatchReport::worker).contains(1, 2, 3, 4);
        assertThat(parallel.makespanMillis()).isLessThan(staged.makespanMillis() / 2);
        assertThat(parallel.makespanMillis()).isEqualTo(parallel.batches().stream()
                .mapToLong(BatchReport::endMillis).max().orElseThrow());
        assertThat(parallel.throughputPerMinute()).isGreaterThan(staged.throughputPerMinute());
    }

    @Test
    void parallelWorkersNeverRunTwoBatchesAtOnce() {
        MigrationResult result = run(spec(MigrationStrategy.PARALLEL, MigrationSettings.defaults()));

        for (BatchReport a : result.batches()) {
            for (BatchReport b : result.batches()) {
                if (a != b && a.worker() == b.worker()) {
                    assertThat(a.endMillis() <= b.startMillis() || b.endMillis() <= a.startMillis())
                            .as("batches %d and %d on worker %d overlap", a.number(), b.number(), a.worker())
                            .isTrue();
                }
            }
        }
    }
}
