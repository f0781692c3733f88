package org.synthhealth.assertj;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.synthhealth.assertj.SynthAssertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.MigrationSettings;
import org.synthhealth.core.migration.MigrationResult;
import org.synthhealth.core.migration.MigrationSimulator;
import org.synthhealth.core.migration.MigrationStage;
import org.synthhealth.core.migration.PatientOutcome;
import org.synthhealth.core.migration.PatientState;

class MigrationResultAssertTest {

    @TempDir
    Path dir;

    @Test
    void aCleanMigrationPassesEveryCheck() {
        MigrationResult result = migrate(1.0, 0.0);

        assertThat(result).accountsForEveryPatient().accountsForEveryPatientOf(Cohorts.of(40, 7L))
                .hasNoSilentDataLoss().wasNotRolledBack().hasOverallSuccessRateAtLeast(1.0)
                .hasStageSuccessRateAtLeast(MigrationStage.LOAD, 1.0).hasMeanQualityScoreAtLeast(0.99)
                .hasBottleneck(result.bottleneck().stage());
    }

    @Test
    void countsThatDoNotAddUpAreNamed() {
        MigrationResult result = migrate(1.0, 0.0);
        Map<PatientState, Long> outcomes = new EnumMap<>(result.outcomes());
        outcomes.merge(PatientState.FAILED, 1L, Long::sum);
        MigrationResult wrong = withOutcomes(result, outcomes, result.patients());

        assertThatThrownBy(() -> assertThat(wrong).accountsForEveryPatient())
                .hasMessageContaining("to account for every patient exactly once")
                .hasMessageContaining("add up to 41, not 40")
                .hasMessageContaining("failed: 1 counted, 0 outcomes");
    }

    @Test
    void aPatientLostWithoutAReasonIsSilentDataLoss() {
        MigrationResult result = migrate(1.0, 0.0);
        List<PatientOutcome> patients = new ArrayList<>(result.patients());
        PatientOutcome p = patients.get(0);
        patients.set(0, new PatientOutcome(p.patientId(), p.dfn(), PatientState.FAILED, MigrationStage.LOAD,
                List.of(), 0.0, List.of(), p.batch(), p.finishedAtMillis(), true));

        MigrationResult unexplained = withOutcomes(result, result.outcomes(), patients);

        assertThatThrownBy(() -> assertThat(unexplained).hasNoSilentDataLoss())
                .hasMessageContaining("patient " + p.patientId() + " ended failed at the load stage without a reason");
    }

    @Test
    void ratesAndScoresBelowTheirThresholdsNameWhatWasFound() {
        MigrationResult result = migrate(0.5, 0.0);

        assertThatThrownBy(() -> assertThat(result).hasOverallSuccessRateAtLeast(0.99))
                .hasMessageStartingWith("Expecting the staged migration of 40 patients (seed 7) to migrate at least "
                        + "99.0% of the patients but it migrated");
        assertThatThrownBy(() -> assertThat(result).hasStageSuccessRateAtLeast(MigrationStage.TRANSFORM, 0.99))
                .hasMessageContaining("Expecting the transform stage of the staged migration");
        assertThatThrownBy(() -> assertThat(migrate(1.0, 1.0)).hasMeanQualityScoreAtLeast(1.0))
                .hasMessageContaining("Expecting the mean quality score of");
    }

    @Test
    void aRunWithNoPatientInTheTargetHasNoMeanQualityToMeetAMinimum() {
        MigrationResult nothingMigrated = migrate(0.0, 0.0);

        assertThatThrownBy(() -> assertThat(nothingMigrated).hasMeanQualityScoreAtLeast(0.5))
                .hasMessageContaining("but no patient reached the target to be scored");
    }

    @Test
    void hasBottleneckNamesTheStageFoundAndWhy() {
        MigrationResult result = migrate(1.0, 0.0);
        MigrationStage other = result.bottleneck().stage() == MigrationStage.LOAD
                ? MigrationStage.EXTRACT : MigrationStage.LOAD;

        assertThatThrownBy(() -> assertThat(result).hasBottleneck(other))
                .hasMessageContaining("to be the " + other.label() + " stage but it was "
                        + result.bottleneck().stage().label());
    }

    private MigrationResult migrate(double successRate, double corruption) {
        Cohort cohort = Cohorts.of(40, 7L);
        CohortSpec spec = cohort.spec().toBuilder().batchSize(10)
                .migrationSettings(new MigrationSettings("vista", "oracle_health",
                        Map.of("extract", successRate, "transform", successRate, "validate", successRate,
                                "load", successRate), 0.0, 0.0, corruption, Map.of()))
                .build();
        return MigrationSimulator.forSpec(spec).outputDir(dir.resolve("m" + successRate + "-" + corruption)).build()
                .run(cohort);
    }

    private static MigrationResult withOutcomes(MigrationResult r, Map<PatientState, Long> outcomes,
            List<PatientOutcome> patients) {
        return new MigrationResult(r.seed(), r.parameters(), r.targetKind(), r.totalPatients(), outcomes, r.stages(),
                r.errors(), r.faults(), r.makespanMillis(), r.bottleneck(), r.quality(), patients, r.batches(),
                r.timeline(),
                r.rolledBack(), r.rollbackReason(), r.targetRowCounts());
    }
}
