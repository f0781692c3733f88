package org.synthhealth.core.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.synthhealth.core.ClinicalComplexity;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.CohortSpecBuilder;
import org.synthhealth.core.DataQuality;
import org.synthhealth.core.MigrationSettings;
import org.synthhealth.core.MigrationStrategy;

/**
 * Every patient ends in exactly one state, the states add up to the cohort, and the target database, queried
 * independently, holds exactly the migrated patients: under every strategy and every fault mix.
 */
class ConservationTest {

    private static final int PATIENTS = 60;
    private static Cohort cohort;

    @TempDir
    Path dir;

    @BeforeAll
    static void generate() {
        cohort = Cohort.generate(base(MigrationSettings.defaults(), 25).build());
    }

    private static CohortSpecBuilder base(MigrationSettings settings, int batchSize) {
        return CohortSpec.builder().patients(PATIENTS).seed(MigrationFixtures.SEED)
                .clinicalComplexity(ClinicalComplexity.LOW).concurrentWorkers(3).batchSize(batchSize)
                .migrationSettings(settings);
    }

    static Stream<Arguments> mixes() {
        Map<String, MigrationSettings> mixes = new java.util.LinkedHashMap<>();
        mixes.put("all stages succeed, no faults", MigrationFixtures.settings(1, 1, 1, 1, 0, 0, 0));
        mixes.put("every stage fails", MigrationFixtures.settings(0, 0, 0, 0, 0, 0, 0));
        mixes.put("only load fails", MigrationFixtures.settings(1, 1, 1, 0, 0, 0, 0));
        mixes.put("user guide defaults", MigrationSettings.defaults());
        mixes.put("every record corrupted", MigrationFixtures.settings(1, 1, 1, 1, 0, 0, 1.0));
        mixes.put("network and overload storm", MigrationFixtures.settings(1, 1, 1, 1, 0.6, 0.6, 0.2));
        mixes.put("abandon failed batches", MigrationFixtures.settings(0.7, 0.7, 0.7, 0.7, 0.1, 0.1, 0.1,
                Map.of("on_batch_failure", "abandon", "batch_failure_threshold", 0.3)));
        List<Arguments> arguments = new ArrayList<>();
        for (MigrationStrategy strategy : MigrationStrategy.values()) {
            mixes.forEach((name, settings) -> arguments.add(Arguments.of(strategy, name, settings, 25)));
            arguments.add(Arguments.of(strategy, "batch larger than the cohort", MigrationSettings.defaults(), 1000));
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("mixes")
    void everyPatientEndsInExactlyOneStateAndTheTargetHoldsExactlyTheMigrated(MigrationStrategy strategy,
            String mix, MigrationSettings settings, int batchSize) throws SQLException {
        CohortSpec spec = base(settings, batchSize).migrationStrategy(strategy)
                .dataQuality(new DataQuality(0.9, 0.05, "medium")).build();

        MigrationResult result = MigrationSimulator.forSpec(spec).outputDir(dir).build().run(cohort);

        assertThat(result.outcomes().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(PATIENTS);
        assertThat(result.patients()).extracting(PatientOutcome::dfn).doesNotHaveDuplicates().hasSize(PATIENTS);
        assertThat(result.patients()).extracting(PatientOutcome::patientId)
                .containsExactlyElementsOf(cohort.patients().stream().map(p -> p.id()).toList());
        List<Long> migrated = result.patients().stream().filter(p -> p.state().inTarget())
                .map(PatientOutcome::dfn).toList();
        assertThat(personsInTarget()).as("persons in the target database").isEqualTo(migrated);
        assertThat(result.targetRowCounts().get("PERSON")).isEqualTo(migrated.size());
        assertThat(result.patients()).allSatisfy(p -> {
            assertThat(p.qualityScore()).isBetween(0.0, 1.0);
            if (p.state() == PatientState.MIGRATED) {
                assertThat(p.defects()).isEmpty();
                assertThat(p.qualityScore()).isEqualTo(1.0);
            } else if (p.state() == PatientState.MIGRATED_WITH_DEFECTS) {
                assertThat(p.defects()).isNotEmpty();
                assertThat(p.qualityScore()).isLessThan(1.0);
            } else {
                assertThat(p.reasons()).as("reasons of DFN %d in state %s", p.dfn(), p.state()).isNotEmpty();
                assertThat(p.needsAttention()).isTrue();
            }
        });
        if (result.rolledBack()) {
            assertThat(migrated).isEmpty();
        }
    }

    private List<Long> personsInTarget() throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.toAbsolutePath()
                .resolve("oracle_health_target"));
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT PERSON_ID FROM PERSON ORDER BY PERSON_ID")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }
}
