package org.synthhealth.core.migration;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.synthhealth.core.MigrationStrategy;

/**
 * Everything one simulated migration produced: where every patient ended, per-stage figures, errors, timings,
 * throughput, quality, and whether it was rolled back. Immutable and safe to share; equal seeds and settings give
 * equal results.
 *
 * <pre>{@code
 * MigrationResult result = MigrationSimulator.forSpec(spec).outputDir(dir).build().run(cohort);
 * double loadRate = result.stage(MigrationStage.LOAD).successRate();
 * long quarantined = result.count(PatientState.QUARANTINED);
 * }</pre>
 *
 * @param seed the cohort seed the faults were drawn from
 * @param parameters the effective settings
 * @param targetKind the target database product, for example {@code h2} or {@code postgresql}
 * @param totalPatients patients in the source
 * @param outcomes every state (in declaration order, zero included) to its patient count; sums to totalPatients
 * @param stages the four stages in order
 * @param errors error counts, sorted by stage then type
 * @param faults per injected fault kind, how many were caught, slipped through or overtaken, sorted by type
 * @param makespanMillis simulated time from start to the end of the last batch
 * @param bottleneck the slowest stage and why
 * @param quality the quality distribution over patients in the target
 * @param patients one outcome per source patient, in VistA DFN order
 * @param batches one entry per batch, in batch order
 * @param timeline patients finished per simulated minute, one point per minute up to the makespan
 * @param rolledBack whether the whole migration was rolled back (big bang past its failure threshold)
 * @param rollbackReason why it was rolled back, when it was: the cause alone, such as
 *     {@code 83.0% of patients failed, above the threshold of 50.0%}
 * @param targetRowCounts rows per target table after the migration, queried back from the database
 */
public record MigrationResult(
        long seed,
        MigrationParameters parameters,
        String targetKind,
        long totalPatients,
        Map<PatientState, Long> outcomes,
        List<StageReport> stages,
        List<ErrorCount> errors,
        List<FaultSummary> faults,
        long makespanMillis,
        Bottleneck bottleneck,
        QualitySummary quality,
        List<PatientOutcome> patients,
        List<BatchReport> batches,
        List<ThroughputPoint> timeline,
        boolean rolledBack,
        Optional<String> rollbackReason,
        Map<String, Long> targetRowCounts) {

    public MigrationResult {
        EnumMap<PatientState, Long> all = new EnumMap<>(PatientState.class);
        for (PatientState state : PatientState.values()) {
            all.put(state, outcomes.getOrDefault(state, 0L));
        }
        outcomes = Collections.unmodifiableMap(all);
        stages = List.copyOf(stages);
        errors = List.copyOf(errors);
        faults = List.copyOf(faults);
        patients = List.copyOf(patients);
        batches = List.copyOf(batches);
        timeline = List.copyOf(timeline);
        targetRowCounts = Collections.unmodifiableMap(new LinkedHashMap<>(targetRowCounts));
    }

    /** The strategy the migration ran with. */
    public MigrationStrategy strategy() {
        return parameters.strategy();
    }

    /** The figures of one stage. */
    public StageReport stage(MigrationStage stage) {
        return stages.get(stage.ordinal());
    }

    /** How many patients ended in a state. */
    public long count(PatientState state) {
        return outcomes.get(state);
    }

    /** How many patients the target holds: migrated, with or without defects. */
    public long migratedCount() {
        return count(PatientState.MIGRATED) + count(PatientState.MIGRATED_WITH_DEFECTS);
    }

    /** The outcome of one patient, by source patient id. */
    public Optional<PatientOutcome> patient(String patientId) {
        return patients.stream().filter(p -> p.patientId().equals(patientId)).findFirst();
    }

    /** The patients someone should look at: not in the target, or below the minimum quality score. */
    public List<PatientOutcome> patientsNeedingAttention() {
        return patients.stream().filter(PatientOutcome::needsAttention).toList();
    }

    /** Errors of one type summed over stages. */
    public long errorCount(String type) {
        return errors.stream().filter(e -> e.type().equals(type)).mapToLong(ErrorCount::count).sum();
    }

    /** Errors struck at one stage, summed over types. */
    public long errorCount(MigrationStage stage) {
        return errors.stream().filter(e -> e.stage() == stage).mapToLong(ErrorCount::count).sum();
    }

    /** The simulated time from start to finish. */
    public Duration makespan() {
        return Duration.ofMillis(makespanMillis);
    }

    /** Patients placed in the target per simulated minute of makespan; 0 for an empty migration. */
    public double throughputPerMinute() {
        return makespanMillis == 0 ? 0.0 : migratedCount() * 60_000.0 / makespanMillis;
    }

    /** Patients processed (whatever their state) per simulated minute of makespan. */
    public double processedPerMinute() {
        return makespanMillis == 0 ? 0.0 : totalPatients * 60_000.0 / makespanMillis;
    }
}
