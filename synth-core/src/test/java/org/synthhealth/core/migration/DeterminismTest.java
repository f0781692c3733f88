package org.synthhealth.core.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.synthhealth.core.ClinicalComplexity;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.MigrationSettings;
import org.synthhealth.core.MigrationStrategy;

/** The same cohort, seed and settings give the same result and byte-identical reports, whatever else differs. */
class DeterminismTest {

    private static Cohort cohort;

    @TempDir
    Path first;

    @TempDir
    Path second;

    @BeforeAll
    static void generate() {
        cohort = Cohort.generate(spec(MigrationStrategy.STAGED, 2));
    }

    private static CohortSpec spec(MigrationStrategy strategy, int workers) {
        return CohortSpec.builder().patients(50).seed(MigrationFixtures.SEED).clinicalComplexity(ClinicalComplexity.LOW)
                .batchSize(10).concurrentWorkers(workers).migrationStrategy(strategy)
                .migrationSettings(MigrationFixtures.settings(0.95, 0.9, 0.9, 0.9, 0.1, 0.1, 0.2)).build();
    }

    @ParameterizedTest
    @EnumSource(MigrationStrategy.class)
    void sameSeedGivesIdenticalResultAndJson(MigrationStrategy strategy) {
        MigrationResult a = MigrationSimulator.forSpec(spec(strategy, 3)).outputDir(first).build().run(cohort);
        MigrationResult b = MigrationSimulator.forSpec(spec(strategy, 3)).outputDir(second)
                .jdbcUrl("jdbc:h2:mem:determinism_" + strategy.label()).build().run(cohort);

        assertThat(b.targetKind()).isEqualTo(a.targetKind());
        assertThat(b).isEqualTo(a);
        assertThat(MigrationReports.json(b)).isEqualTo(MigrationReports.json(a));
        assertThat(MigrationReports.text(b)).isEqualTo(MigrationReports.text(a));
    }

    @ParameterizedTest
    @EnumSource(MigrationStrategy.class)
    void anotherSeedStrikesOtherPatients(MigrationStrategy strategy) {
        MigrationResult a = MigrationSimulator.forSpec(spec(strategy, 3)).outputDir(first).build().run(cohort);
        MigrationResult b = MigrationSimulator.forSpec(spec(strategy, 3)).outputDir(second).build()
                .run(cohort.patients(), MigrationFixtures.SEED + 1);

        assertThat(b.patients()).extracting(PatientOutcome::state)
                .isNotEqualTo(a.patients().stream().map(PatientOutcome::state).toList());
    }

    @ParameterizedTest
    @EnumSource(value = MigrationStrategy.class, names = {"STAGED", "BIG_BANG"})
    void generationThreadCountDoesNotChangeTheMigration(MigrationStrategy strategy) {
        MigrationResult a = MigrationSimulator.forSpec(spec(strategy, 1)).outputDir(first).build().run(cohort);
        MigrationResult b = MigrationSimulator.forSpec(spec(strategy, 1)).outputDir(second).build()
                .run(Cohort.generate(spec(strategy, 4)));

        assertThat(MigrationReports.json(b)).isEqualTo(MigrationReports.json(a));
    }
}
