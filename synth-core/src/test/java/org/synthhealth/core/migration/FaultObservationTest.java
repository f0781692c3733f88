package org.synthhealth.core.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthhealth.core.ClinicalComplexity;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.CohortSpecBuilder;
import org.synthhealth.core.DataQuality;
import org.synthhealth.core.MigrationStrategy;

/** Faults are real changes, and their outcome is observed: caught by validation, or seen by reconciliation. */
class FaultObservationTest {

    private static Cohort cohort;

    @TempDir
    Path dir;

    @BeforeAll
    static void generate() {
        cohort = Cohort.generate(spec("high", 0).build());
    }

    private static CohortSpecBuilder spec(String strictness, double corruption) {
        return CohortSpec.builder().patients(120).seed(MigrationFixtures.SEED)
                .clinicalComplexity(ClinicalComplexity.LOW).batchSize(40).migrationStrategy(MigrationStrategy.STAGED)
                .dataQuality(new DataQuality(0.95, 0.0, strictness))
                .migrationSettings(MigrationFixtures.settings(1, 1, 1, 1, 0, 0, corruption,
                        Map.of("batch_failure_threshold", 1.0)));
    }

    private MigrationResult run(CohortSpecBuilder builder) {
        return MigrationSimulator.forSpec(builder.build()).outputDir(dir).build().run(cohort);
    }

    @Test
    void corruptionOfEveryRecordIsEitherCaughtOrSeenByReconciliation() {
        MigrationResult result = run(spec("high", 1.0));

        assertThat(result.count(PatientState.MIGRATED)).as("patients untouched by corruption").isZero();
        assertThat(result.count(PatientState.QUARANTINED)).isPositive();
        assertThat(result.count(PatientState.MIGRATED_WITH_DEFECTS)).isPositive();
        assertThat(result.faults()).filteredOn(f -> f.type().startsWith("corruption."))
                .allSatisfy(f -> assertThat(f.caught() + f.slipped() + f.otherwise()).isEqualTo(f.injected()));
        long injected = result.faults().stream().filter(f -> f.type().startsWith("corruption."))
                .mapToLong(FaultSummary::injected).sum();
        assertThat(injected).isEqualTo(120);
        assertThat(result.patients()).filteredOn(p -> p.state() == PatientState.QUARANTINED)
                .allSatisfy(p -> assertThat(p.reasons()).anyMatch(r -> r.startsWith("validate.")));
    }

    @Test
    void stricterValidationCatchesMoreOfTheSameCorruption() {
        long low = run(spec("low", 1.0)).count(PatientState.QUARANTINED);
        long medium = run(spec("medium", 1.0)).count(PatientState.QUARANTINED);
        long high = run(spec("high", 1.0)).count(PatientState.QUARANTINED);

        assertThat(low).isPositive();
        assertThat(medium).isGreaterThan(low);
        assertThat(high).isGreaterThanOrEqualTo(medium);
    }

    @Test
    void droppedRequiredCodeIsQuarantinedWithItsReason() {
        MigrationResult result = run(spec("low", 1.0));

        assertThat(result.patients()).filteredOn(p -> p.reasons().stream()
                .anyMatch(r -> r.startsWith("fault corruption.broken_reference")))
                .isNotEmpty()
                .allSatisfy(p -> {
                    assertThat(p.state()).isEqualTo(PatientState.QUARANTINED);
                    assertThat(p.stage()).isEqualTo(MigrationStage.VALIDATE);
                    assertThat(p.reasons()).anyMatch(r -> r.contains("reference"));
                });
    }

    @Test
    void degradationLowersQualityButPassesValidation() {
        MigrationResult result = run(spec("high", 0).dataQuality(new DataQuality(0.999, 1.0, "high")));

        assertThat(result.patients()).filteredOn(p -> p.state() == PatientState.QUARANTINED)
                .as("a lost time of day can put a discharge before its admission; nothing else is caught")
                .allSatisfy(p -> assertThat(p.reasons()).allMatch(r -> r.contains("DISCH_DT_TM")
                        || r.startsWith("fault degradation.")));
        assertThat(result.count(PatientState.MIGRATED)).as("patients every stage degraded yet unchanged").isZero();
        assertThat(result.count(PatientState.MIGRATED_WITH_DEFECTS) + result.count(PatientState.QUARANTINED))
                .isEqualTo(120);
        assertThat(result.quality().mean().orElseThrow()).isLessThan(1.0);
        assertThat(result.quality().belowMinimum()).isPositive();
        assertThat(result.patientsNeedingAttention()).filteredOn(p -> p.state().inTarget())
                .allSatisfy(p -> assertThat(p.qualityScore()).isLessThan(0.999));
    }

    @Test
    void errorPatternsStrikeWhatTheirNamesSay() {
        MigrationResult result = run(spec("high", 0).errorPatterns(Map.of(
                "medication_errors", Map.of("dosage_corruption", 1.0, "drug_interaction", 1.0),
                "demographic_errors", Map.of("missing_fields", 1.0, "format_errors", 1.0))));

        assertThat(result.faults()).extracting(FaultSummary::type).contains(
                "pattern.demographic_errors.missing_fields", "pattern.demographic_errors.format_errors",
                "pattern.medication_errors.dosage_corruption", "pattern.medication_errors.drug_interaction");
        assertThat(result.errorCount("validation.identifier_format")).isPositive();
        assertThat(result.errorCount("validation.duplicate_order")).isPositive();
        assertThat(result.migratedCount()).isZero();
    }

    @Test
    void aBadDateInTheSourceQuarantinesOnlyThatPatientAtTransform() throws IOException {
        Path clean = dir.resolve("clean");
        MigrationSimulator.forSpec(spec("high", 0).build()).outputDir(clean).build().run(cohort);
        List<String> lines = Files.readAllLines(clean.resolve("vista_globals.zwr"));
        Path broken = dir.resolve("broken.zwr");
        Files.write(broken, lines.stream().map(l -> l.startsWith("^DPT(7,0)=")
                ? l.replaceFirst("\\^([MF])\\^\\d{7}\\^", "^$1^2840230^") : l).toList());

        MigrationResult result = MigrationSimulator.forSpec(spec("high", 0).build()).outputDir(dir)
                .sourceGlobals(broken).build().run(cohort);

        PatientOutcome seventh = result.patients().get(6);
        assertThat(seventh.state()).isEqualTo(PatientState.QUARANTINED);
        assertThat(seventh.stage()).isEqualTo(MigrationStage.TRANSFORM);
        assertThat(seventh.reasons()).anyMatch(r -> r.contains("2840230") && r.contains("^DPT(7)"));
        assertThat(result.count(PatientState.MIGRATED)).isEqualTo(119);
    }

    @Test
    void aPatientMissingFromTheSourceFailsAtExtractInsteadOfVanishing() throws IOException {
        Path clean = dir.resolve("clean");
        MigrationSimulator.forSpec(spec("high", 0).build()).outputDir(clean).build().run(cohort);
        Path partial = dir.resolve("partial.zwr");
        Files.write(partial, Files.readAllLines(clean.resolve("vista_globals.zwr")).stream()
                .filter(l -> !l.startsWith("^DPT(120,")).toList());

        MigrationResult result = MigrationSimulator.forSpec(spec("high", 0).build()).outputDir(dir)
                .sourceGlobals(partial).build().run(cohort);

        PatientOutcome last = result.patients().get(119);
        assertThat(last.state()).isEqualTo(PatientState.FAILED);
        assertThat(last.stage()).isEqualTo(MigrationStage.EXTRACT);
        assertThat(last.reasons()).anyMatch(r -> r.contains("not in the VistA source"));
        assertThat(result.totalPatients()).isEqualTo(120);
    }
}
