package org.synthhealth.core.migration.internal.run;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.synthhealth.core.migration.BatchReport;
import org.synthhealth.core.migration.FaultSummary;
import org.synthhealth.core.migration.MigrationParameters;
import org.synthhealth.core.migration.MigrationResult;
import org.synthhealth.core.migration.MigrationStage;
import org.synthhealth.core.migration.PatientOutcome;
import org.synthhealth.core.migration.PatientState;
import org.synthhealth.core.migration.QualitySummary;
import org.synthhealth.core.migration.ThroughputPoint;
import org.synthhealth.core.migration.internal.fault.Fault;
import org.synthhealth.core.migration.internal.load.TargetReader;
import org.synthhealth.core.migration.internal.reconcile.Expectation;
import org.synthhealth.core.migration.internal.reconcile.Reconciler;
import org.synthhealth.core.migration.internal.reconcile.Reconciliation;
import org.synthhealth.core.migration.internal.target.TargetPatient;

/**
 * Observes the outcome: reads the target back, reconciles every loaded patient with the source cohort, checks that
 * the target holds exactly those patients, and puts the figures together.
 */
final class ResultAssembler {

    private static final int READ_CHUNK = 1000;

    private final MigrationParameters parameters;
    private final long seed;
    private final String targetKind;
    private final SourceCohort cohort;
    private final Ledger ledger;

    ResultAssembler(MigrationParameters parameters, long seed, String targetKind, SourceCohort cohort,
            Ledger ledger) {
        this.parameters = parameters;
        this.seed = seed;
        this.targetKind = targetKind;
        this.cohort = cohort;
        this.ledger = ledger;
    }

    MigrationResult assemble(Connection connection, Map<Long, FinalState> finals, List<BatchReport> batches,
            long makespan, String wholeRollback) throws SQLException {
        TargetReader reader = new TargetReader(connection);
        Map<Long, Reconciliation> scores = reconcile(reader, finals);
        List<PatientOutcome> outcomes = new ArrayList<>();
        Map<PatientState, Long> counts = new EnumMap<>(PatientState.class);
        for (FinalState f : finals.values()) {
            PatientOutcome outcome = outcome(f, scores.get(f.run().dfn));
            outcomes.add(outcome);
            counts.merge(outcome.state(), 1L, Long::sum);
        }
        conserve(reader, outcomes);
        connection.commit();
        return new MigrationResult(seed, parameters, targetKind, finals.size(), counts, ledger.stages(),
                ledger.errors(), faults(finals, outcomes), makespan, Analytics.bottleneck(ledger),
                quality(outcomes), outcomes, batches, Analytics.timeline(outcomes, makespan),
                wholeRollback != null, Optional.ofNullable(wholeRollback), reader.rowCounts());
    }

    private Map<Long, Reconciliation> reconcile(TargetReader reader, Map<Long, FinalState> finals)
            throws SQLException {
        List<Long> loaded = finals.values().stream().filter(f -> f.run().loaded && !f.rolledBack())
                .map(f -> f.run().dfn).toList();
        Map<Long, Reconciliation> scores = new TreeMap<>();
        for (int from = 0; from < loaded.size(); from += READ_CHUNK) {
            List<Long> chunk = loaded.subList(from, Math.min(loaded.size(), from + READ_CHUNK));
            Map<Long, TargetPatient> actual = reader.read(chunk.get(0), chunk.get(chunk.size() - 1));
            for (long dfn : chunk) {
                TargetPatient got = actual.get(dfn);
                if (got != null && !got.rows(org.synthhealth.core.migration.internal.target.TargetTable.PERSON)
                        .isEmpty()) {
                    scores.put(dfn, Reconciler.compare(Expectation.of(cohort.patient(dfn - 1)), got));
                }
            }
        }
        return scores;
    }

    private PatientOutcome outcome(FinalState f, Reconciliation score) {
        PatientRun run = f.run();
        String id = cohort.patientId(run.dfn - 1);
        List<String> reasons = new ArrayList<>(run.reasons);
        run.faults.forEach(fault -> reasons.add("fault " + fault.type() + ": " + fault.detail()));
        if (f.rolledBack()) {
            reasons.add(0, "load: " + f.rollbackReason());
            return new PatientOutcome(id, run.dfn, PatientState.ROLLED_BACK, MigrationStage.LOAD, reasons, 0.0,
                    List.of(), f.batch(), f.finishedAt(), true);
        }
        if (run.loaded && score == null) {
            ledger.error("reconciliation.missing", MigrationStage.LOAD, 1);
            reasons.add(0, "reconcile: loaded and verified, but not found when the target was read back");
            return new PatientOutcome(id, run.dfn, PatientState.FAILED, MigrationStage.LOAD, reasons, 0.0,
                    List.of(), f.batch(), f.finishedAt(), true);
        }
        if (!run.loaded) {
            return new PatientOutcome(id, run.dfn, run.state, run.stage, reasons, 0.0, List.of(), f.batch(),
                    f.finishedAt(), true);
        }
        PatientState state = score.defects().isEmpty() ? PatientState.MIGRATED : PatientState.MIGRATED_WITH_DEFECTS;
        boolean low = score.score() < parameters.minimumQualityScore();
        if (low) {
            reasons.add(String.format(java.util.Locale.ROOT, "quality %.3f below minimum %.3f", score.score(),
                    parameters.minimumQualityScore()));
        }
        return new PatientOutcome(id, run.dfn, state, MigrationStage.LOAD, reasons, score.score(), score.defects(),
                f.batch(), f.finishedAt(), low);
    }

    /** The target must hold exactly the migrated patients; anything else is a bug, not a migration outcome. */
    private static void conserve(TargetReader reader, List<PatientOutcome> outcomes) throws SQLException {
        List<Long> inTarget = reader.personIds();
        List<Long> migrated = outcomes.stream().filter(o -> o.state().inTarget()).map(PatientOutcome::dfn).toList();
        if (!inTarget.equals(migrated)) {
            throw new IllegalStateException("conservation broken: target holds " + inTarget.size()
                    + " persons but " + migrated.size() + " patients were migrated");
        }
    }

    private static List<FaultSummary> faults(Map<Long, FinalState> finals, List<PatientOutcome> outcomes) {
        Map<String, long[]> tally = new TreeMap<>();
        int i = 0;
        for (FinalState f : finals.values()) {
            PatientState state = outcomes.get(i++).state();
            for (Fault fault : f.run().faults) {
                long[] t = tally.computeIfAbsent(fault.type(), k -> new long[4]);
                t[0]++;
                t[state == PatientState.QUARANTINED ? 1 : state.inTarget() ? 2 : 3]++;
            }
        }
        List<FaultSummary> list = new ArrayList<>();
        tally.forEach((type, t) -> list.add(new FaultSummary(type, t[0], t[1], t[2], t[3])));
        return list;
    }

    private QualitySummary quality(List<PatientOutcome> outcomes) {
        double[] scores = outcomes.stream().filter(o -> o.state().inTarget()).mapToDouble(PatientOutcome::qualityScore)
                .sorted().toArray();
        long[] bins = new long[10];
        for (double s : scores) {
            bins[Math.min(9, (int) Math.floor(s * 10))]++;
        }
        List<QualitySummary.HistogramBin> histogram = new ArrayList<>();
        for (int b = 0; b < 10; b++) {
            histogram.add(new QualitySummary.HistogramBin(b / 10.0, (b + 1) / 10.0, bins[b]));
        }
        double min = parameters.minimumQualityScore();
        if (scores.length == 0) {
            return new QualitySummary(0, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), min,
                    0, histogram);
        }
        double mean = Arrays.stream(scores).sum() / scores.length;
        double p5 = scores[Math.max(0, (int) Math.ceil(0.05 * scores.length) - 1)];
        long below = Arrays.stream(scores).filter(s -> s < min).count();
        return new QualitySummary(scores.length, OptionalDouble.of(mean), OptionalDouble.of(p5),
                OptionalDouble.of(scores[0]), min, below, histogram);
    }
}
