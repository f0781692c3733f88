package org.synthhealth.core.migration.internal.run;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.synthhealth.core.migration.MigrationParameters;
import org.synthhealth.core.migration.MigrationStage;
import org.synthhealth.core.migration.PatientState;
import org.synthhealth.core.migration.SubStage;
import org.synthhealth.core.migration.internal.clock.CallOutcome;
import org.synthhealth.core.migration.internal.clock.CallSimulator;
import org.synthhealth.core.migration.internal.extract.SourceReadException;
import org.synthhealth.core.migration.internal.extract.SourceRecord;
import org.synthhealth.core.migration.internal.extract.VistaSource;
import org.synthhealth.core.migration.internal.fault.Corruptor;
import org.synthhealth.core.migration.internal.fault.Degrader;
import org.synthhealth.core.migration.internal.fault.Dice;
import org.synthhealth.core.migration.internal.fault.Fault;
import org.synthhealth.core.migration.internal.fault.PatternInjector;
import org.synthhealth.core.migration.internal.load.TargetWriter;
import org.synthhealth.core.migration.internal.target.TargetTable;
import org.synthhealth.core.migration.internal.transform.TransformFailure;
import org.synthhealth.core.migration.internal.transform.Transformer;
import org.synthhealth.core.migration.internal.validate.Strictness;
import org.synthhealth.core.migration.internal.validate.Validator;
import org.synthhealth.core.migration.internal.validate.Violation;

/**
 * Runs one attempt of one batch through extract, transform, validate and load inside the caller's open transaction,
 * and measures it in simulated time. The caller commits or rolls back.
 */
final class BatchRunner {

    /** What one attempt produced: the patients' progress and the simulated time it took. */
    record Attempt(List<PatientRun> patients, long millis, Map<MigrationStage, Long> stageMillis) {

        double failureRate() {
            long failed = patients.stream().filter(p -> !p.loaded).count();
            return patients.isEmpty() ? 0 : (double) failed / patients.size();
        }
    }

    /** Patients whose rows are written to the staging tables together. */
    private static final int STAGING_CHUNK = 250;
    private static final List<SubStage> LOAD_STEPS = List.of(SubStage.STAGING, SubStage.PRODUCTION);

    private final MigrationParameters parameters;
    private final Dice dice;
    private final CallSimulator calls;
    private final VistaSource source;
    private final Transformer transformer;
    private final Validator validator;
    private final Corruptor corruptor;
    private final Degrader degrader;
    private final PatternInjector patterns;
    private final TargetWriter writer;
    private final Ledger ledger;

    BatchRunner(MigrationParameters parameters, long seed, double overloadRate, VistaSource source,
            java.time.LocalDate referenceDate, TargetWriter writer, Ledger ledger) {
        this.parameters = parameters;
        this.dice = new Dice(seed);
        this.calls = new CallSimulator(dice, parameters.networkFailureRate(), overloadRate, parameters.retryLimit());
        this.source = source;
        this.transformer = new Transformer(source);
        this.validator = new Validator(Strictness.named(parameters.validationStrictness()), referenceDate);
        this.corruptor = new Corruptor(dice, parameters.dataCorruptionRate());
        this.degrader = new Degrader(dice, parameters.qualityDegradationRate());
        this.patterns = new PatternInjector(dice, parameters.errorPatterns());
        this.writer = writer;
        this.ledger = ledger;
    }

    Attempt run(int batchId, List<Long> dfns, int attempt) throws SQLException {
        List<PatientRun> runs = new ArrayList<>();
        dfns.forEach(dfn -> runs.add(new PatientRun(dfn, runs.size())));
        long[] stageMillis = new long[runs.size() * 4];
        CallOutcome connect = calls.remote(SubStage.CONNECT, -batchId, 0, attempt);
        count(connect, MigrationStage.EXTRACT);
        long millis = connect.millis();
        // Each patient is transformed and validated as soon as it is read, so only its target rows, not its source
        // entries, wait for the load; every draw is keyed by patient, so the order changes no outcome.
        List<PatientRun> staged = new ArrayList<>();
        List<PatientRun> unwritten = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            PatientRun run = runs.get(i);
            millis += extract(run, connect, runs.size(), attempt, stageMillis, i);
            millis += transform(run, attempt, stageMillis, i);
            millis += validate(run, attempt, stageMillis, i);
            millis += stage(run, attempt, stageMillis, i);
            if (run.alive()) {
                staged.add(run);
                unwritten.add(run);
                if (unwritten.size() == STAGING_CHUNK) {
                    writeStaged(batchId, unwritten);
                }
            }
        }
        writeStaged(batchId, unwritten);
        millis += promote(staged, batchId, attempt, stageMillis);
        for (int i = 0; i < runs.size(); i++) {
            PatientRun run = runs.get(i);
            for (MigrationStage stage : MigrationStage.values()) {
                if (stage.ordinal() < run.stage.ordinal() || stage == run.stage) {
                    boolean passed = stage.ordinal() < run.stage.ordinal() || run.loaded;
                    ledger.stage(stage, passed, stageMillis[i * 4 + stage.ordinal()]);
                }
            }
            for (Fault fault : run.faults) {
                ledger.error(fault.type(), fault.stage(), 1);
            }
        }
        Map<MigrationStage, Long> perStage = new java.util.EnumMap<>(MigrationStage.class);
        for (MigrationStage stage : MigrationStage.values()) {
            long sum = 0;
            for (int i = 0; i < runs.size(); i++) {
                sum += stageMillis[i * 4 + stage.ordinal()];
            }
            perStage.put(stage, sum);
        }
        return new Attempt(runs, millis, perStage);
    }

    /** Reads one patient of a batch whose connection is {@code connect}; its share of the connect time is charged. */
    private long extract(PatientRun run, CallOutcome connect, int batchSize, int attempt, long[] stageMillis, int i) {
        long millis = 0;
        ledger.subStage(SubStage.CONNECT, connect.succeeded(), connect.millis() / batchSize);
        stageMillis[i * 4] += connect.millis() / batchSize;
        if (!connect.succeeded()) {
            run.stop(PatientState.FAILED, MigrationStage.EXTRACT, "extract.connect: VistA unreachable after "
                    + parameters.retryLimit() + " retries");
            return millis;
        }
        SubStage injected = injectedFailure(run.dfn, MigrationStage.EXTRACT, attempt,
                List.of(SubStage.QUERY, SubStage.EXPORT));
        Optional<SourceRecord> record;
        try {
            record = source.query(run.dfn);
        } catch (SourceReadException e) {
            ledger.subStage(SubStage.QUERY, false, 0);
            run.stop(PatientState.FAILED, MigrationStage.EXTRACT, "extract.query: " + e.getMessage());
            ledger.error("source_error", MigrationStage.EXTRACT, 1);
            return millis;
        }
        if (record.isEmpty()) {
            ledger.subStage(SubStage.QUERY, false, 0);
            run.stop(PatientState.FAILED, MigrationStage.EXTRACT, "extract.query: DFN " + run.dfn
                    + " is not in the VistA source");
            ledger.error("source_missing", MigrationStage.EXTRACT, 1);
            return millis;
        }
        int nodes = record.map(SourceRecord::nodeCount).orElse(1);
        for (SubStage sub : List.of(SubStage.QUERY, SubStage.EXPORT)) {
            CallOutcome call = calls.remote(sub, run.dfn, nodes, attempt);
            count(call, MigrationStage.EXTRACT);
            millis += call.millis();
            stageMillis[i * 4] += call.millis();
            boolean ok = call.succeeded() && sub != injected;
            ledger.subStage(sub, ok, call.millis());
            if (!call.succeeded()) {
                run.stop(PatientState.FAILED, MigrationStage.EXTRACT, "extract." + sub.label()
                        + ": gave up after " + parameters.retryLimit() + " retries");
                break;
            }
            if (sub == injected) {
                run.stop(PatientState.FAILED, MigrationStage.EXTRACT, "extract." + sub.label()
                        + ": source read error (injected stage failure)");
                ledger.error("stage_failure", MigrationStage.EXTRACT, 1);
                break;
            }
        }
        if (run.alive()) {
            run.stage = MigrationStage.TRANSFORM;
            run.record = record.orElseThrow();
        }
        return millis;
    }

    private long transform(PatientRun run, int attempt, long[] stageMillis, int i) {
        if (!run.alive()) {
            return 0;
        }
        SourceRecord record = run.record;
        run.record = null;
        SubStage injected = injectedFailure(run.dfn, MigrationStage.TRANSFORM, attempt,
                MigrationStage.TRANSFORM.subStages());
        long millis = 0;
        boolean readFailed = false;
        TransformFailure failure = null;
        try {
            run.rows = transformer.transform(record);
        } catch (TransformFailure e) {
            failure = e;
        } catch (SourceReadException e) {
            failure = new TransformFailure(TransformFailure.Step.MAP, e.getMessage());
            readFailed = true;
        }
        for (SubStage sub : MigrationStage.TRANSFORM.subStages()) {
            long step = calls.local(sub, run.dfn, record.nodeCount(), attempt);
            millis += step;
            boolean realFailure = failure != null && failure.step().name().equals(sub.name());
            ledger.subStage(sub, !realFailure && sub != injected, step);
            if (realFailure) {
                run.stop(readFailed ? PatientState.FAILED : PatientState.QUARANTINED, MigrationStage.TRANSFORM,
                        "transform." + sub.label() + ": " + failure.getMessage());
                ledger.error(readFailed ? "source_error" : "transform." + sub.label(), MigrationStage.TRANSFORM, 1);
                break;
            }
            if (sub == injected) {
                run.stop(PatientState.FAILED, MigrationStage.TRANSFORM, "transform." + sub.label()
                        + ": mapping engine error (injected stage failure)");
                ledger.error("stage_failure", MigrationStage.TRANSFORM, 1);
                break;
            }
        }
        stageMillis[i * 4 + 1] += millis;
        if (run.alive()) {
            degrader.apply(run.rows, MigrationStage.EXTRACT, attempt).ifPresent(run.faults::add);
            corruptor.apply(run.rows, attempt).ifPresent(run.faults::add);
            run.faults.addAll(patterns.apply(run.rows, attempt));
            degrader.apply(run.rows, MigrationStage.TRANSFORM, attempt).ifPresent(run.faults::add);
            run.stage = MigrationStage.VALIDATE;
        }
        return millis;
    }

    private long validate(PatientRun run, int attempt, long[] stageMillis, int i) {
        if (!run.alive()) {
            return 0;
        }
        List<Violation> violations = validator.check(run.rows);
        SubStage injected = injectedFailure(run.dfn, MigrationStage.VALIDATE, attempt,
                MigrationStage.VALIDATE.subStages());
        SubStage firstViolation = violations.isEmpty() ? null : violations.get(0).subStage();
        long millis = 0;
        for (SubStage sub : MigrationStage.VALIDATE.subStages()) {
            long step = calls.local(sub, run.dfn, run.rows.rowCount(), attempt);
            millis += step;
            boolean failed = sub == firstViolation || sub == injected;
            ledger.subStage(sub, !failed, step);
            if (failed) {
                break;
            }
        }
        stageMillis[i * 4 + 2] += millis;
        for (Violation violation : violations) {
            run.reasons.add("validate." + violation.subStage().label() + ": " + violation.message());
            ledger.error("validation." + violation.rule(), MigrationStage.VALIDATE, 1);
        }
        if (firstViolation != null) {
            run.state = PatientState.QUARANTINED;
        } else if (injected != null) {
            run.stop(PatientState.QUARANTINED, MigrationStage.VALIDATE, "validate." + injected.label()
                    + ": record rejected by rule engine (injected stage failure)");
            ledger.error("stage_failure", MigrationStage.VALIDATE, 1);
        } else {
            degrader.apply(run.rows, MigrationStage.VALIDATE, attempt).ifPresent(run.faults::add);
            run.stage = MigrationStage.LOAD;
        }
        return millis;
    }

    /** The load stage's staging call for one patient; a patient that passes it is alive and waits to be written. */
    private long stage(PatientRun run, int attempt, long[] stageMillis, int i) {
        if (!run.alive()) {
            return 0;
        }
        degrader.apply(run.rows, MigrationStage.LOAD, attempt).ifPresent(run.faults::add);
        SubStage injected = injectedFailure(run.dfn, MigrationStage.LOAD, attempt, LOAD_STEPS);
        CallOutcome call = calls.remote(SubStage.STAGING, run.dfn, run.rows.rowCount(), attempt);
        count(call, MigrationStage.LOAD);
        stageMillis[i * 4 + 3] += call.millis();
        ledger.subStage(SubStage.STAGING, call.succeeded() && injected != SubStage.STAGING, call.millis());
        if (!call.succeeded()) {
            run.stop(PatientState.FAILED, MigrationStage.LOAD, "load.staging: gave up after "
                    + parameters.retryLimit() + " retries");
        } else if (injected == SubStage.STAGING) {
            run.stop(PatientState.FAILED, MigrationStage.LOAD,
                    "load.staging: target refused the insert (injected stage failure)");
            ledger.error("stage_failure", MigrationStage.LOAD, 1);
        }
        return call.millis();
    }

    /**
     * Inserts these patients' rows into the staging tables, then keeps only their row counts: a batch as large as
     * a big bang's whole cohort would otherwise hold every patient's rows until the end of the load.
     */
    private void writeStaged(int batchId, List<PatientRun> unwritten) throws SQLException {
        writer.stage(batchId, unwritten.stream().map(r -> r.rows).toList());
        for (PatientRun run : unwritten) {
            run.expected = new int[TargetTable.values().length];
            for (TargetTable table : TargetTable.values()) {
                run.expected[table.ordinal()] = run.rows.rows(table).size();
            }
            run.rowCount = run.rows.rowCount();
            run.rows = null;
        }
        unwritten.clear();
    }

    /** Production and verification of the staged patients. */
    private long promote(List<PatientRun> staged, int batchId, int attempt, long[] stageMillis)
            throws SQLException {
        long millis = 0;
        List<PatientRun> promoted = new ArrayList<>();
        for (PatientRun run : staged) {
            int i = run.position;
            SubStage injected = injectedFailure(run.dfn, MigrationStage.LOAD, attempt, LOAD_STEPS);
            CallOutcome call = calls.remote(SubStage.PRODUCTION, run.dfn, run.rowCount, attempt);
            count(call, MigrationStage.LOAD);
            millis += call.millis();
            stageMillis[i * 4 + 3] += call.millis();
            ledger.subStage(SubStage.PRODUCTION, call.succeeded() && injected != SubStage.PRODUCTION, call.millis());
            if (!call.succeeded() || injected == SubStage.PRODUCTION) {
                writer.discardStaged(batchId, run.dfn);
                run.stop(PatientState.FAILED, MigrationStage.LOAD, call.succeeded()
                        ? "load.production: constraint violation on promotion (injected stage failure)"
                        : "load.production: gave up after " + parameters.retryLimit() + " retries");
                if (call.succeeded()) {
                    ledger.error("stage_failure", MigrationStage.LOAD, 1);
                }
            } else {
                promoted.add(run);
            }
        }
        writer.promote(batchId);
        if (!promoted.isEmpty()) {
            millis += verify(promoted, attempt, stageMillis);
        }
        return millis;
    }

    private long verify(List<PatientRun> promoted, int attempt, long[] stageMillis) throws SQLException {
        long millis = 0;
        Map<Long, int[]> counts = writer.counts(promoted.get(0).dfn, promoted.get(promoted.size() - 1).dfn);
        for (PatientRun run : promoted) {
            int i = run.position;
            CallOutcome call = calls.remote(SubStage.VERIFICATION, run.dfn, run.rowCount, attempt);
            count(call, MigrationStage.LOAD);
            millis += call.millis();
            stageMillis[i * 4 + 3] += call.millis();
            String mismatch = mismatch(run.expected, counts.get(run.dfn));
            boolean ok = call.succeeded() && mismatch == null;
            ledger.subStage(SubStage.VERIFICATION, ok, call.millis());
            if (ok) {
                run.loaded = true;
            } else {
                writer.remove(run.dfn);
                run.stop(PatientState.FAILED, MigrationStage.LOAD, mismatch != null ? "load.verification: "
                        + mismatch : "load.verification: gave up after " + parameters.retryLimit() + " retries");
                ledger.error("verification_mismatch", MigrationStage.LOAD, mismatch != null ? 1 : 0);
            }
        }
        return millis;
    }

    private static String mismatch(int[] expected, int[] counts) {
        for (TargetTable table : TargetTable.values()) {
            int found = counts == null ? 0 : counts[table.ordinal()];
            if (found != expected[table.ordinal()]) {
                return table + " holds " + found + " rows, expected " + expected[table.ordinal()];
            }
        }
        return null;
    }

    private SubStage injectedFailure(long dfn, MigrationStage stage, int attempt, List<SubStage> where) {
        if (!dice.strikes(1 - parameters.successRate(stage), dfn, "stage." + stage.label(), attempt)) {
            return null;
        }
        return where.get(dice.pick(where.size(), dfn, "stage." + stage.label() + ".where", attempt));
    }

    private void count(CallOutcome call, MigrationStage stage) {
        ledger.error("network_failure", stage, call.networkFailures());
        ledger.error("system_overload", stage, call.overloaded() ? 1 : 0);
        ledger.error("throttled", stage, call.throttles());
        if (!call.succeeded()) {
            ledger.error(call.throttles() > call.networkFailures() ? "throttling_exhausted" : "retries_exhausted",
                    stage, 1);
        }
    }
}
