package org.synthhealth.core.migration.internal.run;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synthhealth.core.MigrationStrategy;
import org.synthhealth.core.migration.BatchReport;
import org.synthhealth.core.migration.MigrationParameters;
import org.synthhealth.core.migration.MigrationResult;
import org.synthhealth.core.migration.MigrationStage;
import org.synthhealth.core.migration.internal.extract.VistaSource;
import org.synthhealth.core.migration.internal.load.TargetSchema;
import org.synthhealth.core.migration.internal.load.TargetWriter;

/**
 * Runs a whole migration: cuts the cohort into batches, has simulated workers run them through the pipeline inside
 * one database transaction per batch, commits or rolls back by the strategy's thresholds, then reconciles.
 */
public final class MigrationDriver {

    private static final Logger LOG = LoggerFactory.getLogger("org.synthhealth.migration");
    private static final long ROLLBACK_MILLIS = 500;

    private final MigrationParameters parameters;
    private final long seed;
    private final VistaSource source;
    private final SourceCohort patients;
    private final LocalDate referenceDate;
    private final String targetKind;

    /** A migration of {@code patients} from {@code source} with these settings; faults seeded by {@code seed}. */
    public MigrationDriver(MigrationParameters parameters, long seed, VistaSource source, SourceCohort patients,
            LocalDate referenceDate, String targetKind) {
        this.parameters = parameters;
        this.seed = seed;
        this.source = source;
        this.patients = patients;
        this.referenceDate = referenceDate;
        this.targetKind = targetKind;
    }

    /** Migrates into {@code connection} (tables are recreated) and returns the measured result. */
    public MigrationResult run(Connection connection) throws SQLException {
        TargetSchema.recreate(connection);
        connection.setAutoCommit(false);
        Ledger ledger = new Ledger();
        BatchRunner runner = new BatchRunner(parameters, seed, overloadRate(), source, referenceDate,
                new TargetWriter(connection), ledger);
        Map<Long, FinalState> finals = new TreeMap<>();
        List<BatchReport> batches = new ArrayList<>();
        Workers workers = new Workers(parameters.strategy() == MigrationStrategy.PARALLEL
                ? parameters.concurrentWorkers() : 1);
        List<List<Long>> plan = plan();
        boolean bigBang = parameters.strategy() == MigrationStrategy.BIG_BANG;
        String wholeRollback = null;
        for (int b = 0; b < plan.size(); b++) {
            int worker = workers.next();
            long start = workers.freeAt(worker);
            long clock = start;
            int attempt = 0;
            BatchRunner.Attempt result;
            boolean committed;
            String cause = null;
            String reason = null;
            while (true) {
                result = runner.run(b + 1, plan.get(b), attempt);
                clock += bigBang ? result.millis() / parameters.concurrentWorkers() : result.millis();
                double threshold = bigBang ? parameters.rollbackThreshold() : parameters.batchFailureThreshold();
                committed = result.failureRate() <= threshold;
                if (committed) {
                    connection.commit();
                    break;
                }
                connection.rollback();
                clock += ROLLBACK_MILLIS;
                ledger.error(bigBang ? "migration_rollback" : "batch_rollback", MigrationStage.LOAD, 1);
                cause = String.format(Locale.ROOT, "%.1f%% of patients failed, above the threshold of %.1f%%",
                        result.failureRate() * 100, threshold * 100);
                reason = (bigBang ? "whole migration" : "batch " + (b + 1)) + " rolled back: " + cause;
                if (bigBang || !parameters.retryFailedBatches() || attempt >= parameters.batchRetries()) {
                    break;
                }
                attempt++;
            }
            if (bigBang && !committed) {
                wholeRollback = cause;
            }
            workers.busyUntil(worker, clock);
            for (PatientRun run : result.patients()) {
                // The target rows are in the database now; keeping them would hold every patient's rows to the end.
                run.rows = null;
                finals.put(run.dfn, new FinalState(run, b + 1, clock, !committed && run.loaded, reason));
            }
            batches.add(new BatchReport(b + 1, worker + 1, plan.get(b).size(), start, clock, attempt + 1,
                    result.failureRate(), committed, result.stageMillis()));
            LOG.debug("batch {} on worker {}: {} patients, {} attempt(s), committed {}", b + 1, worker + 1,
                    plan.get(b).size(), attempt + 1, committed);
        }
        return new ResultAssembler(parameters, seed, targetKind, patients, ledger)
                .assemble(connection, finals, batches, workers.makespan(), wholeRollback);
    }

    /**
     * The DFNs of the cohort cut into batches: one batch for big bang (which all workers share, so its simulated
     * time is divided by the worker count), batch_size otherwise.
     */
    private List<List<Long>> plan() {
        List<Long> dfns = new ArrayList<>();
        for (long dfn = 1; dfn <= patients.size(); dfn++) {
            dfns.add(dfn);
        }
        int size = parameters.strategy() == MigrationStrategy.BIG_BANG ? Math.max(1, dfns.size())
                : parameters.batchSize();
        List<List<Long>> batches = new ArrayList<>();
        for (int from = 0; from < dfns.size(); from += size) {
            batches.add(dfns.subList(from, Math.min(dfns.size(), from + size)));
        }
        return batches;
    }

    /**
     * The overload rate under this strategy's load pressure: big bang multiplies the configured rate by the square
     * root of how many batches it crams into one; parallel by the square root of the worker count.
     */
    double overloadRate() {
        double pressure = switch (parameters.strategy()) {
            case STAGED -> 1.0;
            case PARALLEL -> Math.sqrt(parameters.concurrentWorkers());
            case BIG_BANG -> Math.sqrt(Math.max(1.0, (double) patients.size() / parameters.batchSize()));
        };
        return Math.min(1.0, parameters.systemOverloadRate() * pressure);
    }
}
