package org.synthhealth.assertj;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.AbstractAssert;
import org.synthhealth.assertj.internal.CohortChecks;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.migration.MigrationResult;
import org.synthhealth.core.migration.MigrationStage;
import org.synthhealth.core.migration.PatientOutcome;
import org.synthhealth.core.migration.PatientState;
import org.synthhealth.core.migration.StageReport;

/**
 * Assertions on the {@link MigrationResult} of a simulated VistA to Oracle Health migration; obtain one with
 * {@link SynthAssertions#assertThat(MigrationResult)}.
 *
 * <pre>{@code
 * assertThat(result).accountsForEveryPatient().hasNoSilentDataLoss()
 *         .hasOverallSuccessRateAtLeast(0.80).hasMeanQualityScoreAtLeast(0.95);
 * }</pre>
 *
 * <p>Rates and scores are fractions in [0, 1]. Failures name the strategy and seed, and the patients involved.
 *
 * @since 0.1.0
 */
public class MigrationResultAssert extends AbstractAssert<MigrationResultAssert, MigrationResult> {

    private static final int LISTED = 20;

    /** An assertion on {@code actual}. */
    public MigrationResultAssert(MigrationResult actual) {
        super(actual, MigrationResultAssert.class);
    }

    /**
     * Verifies that every source patient ends in exactly one state: the per-state counts add up to the total, there is
     * one outcome per patient, no patient appears twice, and each state's count matches its outcomes.
     *
     * @throws AssertionError naming the counts that disagree or the patients seen twice
     */
    public MigrationResultAssert accountsForEveryPatient() {
        isNotNull();
        List<String> problems = new ArrayList<>();
        long summed = actual.outcomes().values().stream().mapToLong(Long::longValue).sum();
        if (summed != actual.totalPatients()) {
            problems.add("the state counts " + actual.outcomes() + " add up to " + summed + ", not "
                    + actual.totalPatients());
        }
        if (actual.patients().size() != actual.totalPatients()) {
            problems.add(actual.patients().size() + " patient outcomes for " + actual.totalPatients() + " patients");
        }
        Set<String> seen = new HashSet<>();
        Map<PatientState, Long> byState = new EnumMap<>(PatientState.class);
        for (PatientOutcome p : actual.patients()) {
            if (!seen.add(p.patientId())) {
                problems.add("patient " + p.patientId() + " has more than one outcome");
            }
            byState.merge(p.state(), 1L, Long::sum);
        }
        for (PatientState state : PatientState.values()) {
            long counted = byState.getOrDefault(state, 0L);
            if (counted != actual.count(state)) {
                problems.add(state.label() + ": " + actual.count(state) + " counted, " + counted + " outcomes");
            }
        }
        return failIfAny("to account for every patient exactly once", problems);
    }

    /**
     * Verifies {@link #accountsForEveryPatient()} and that the outcomes are exactly the patients of {@code cohort}.
     *
     * @throws AssertionError naming the patients missing from the result or unknown to the cohort
     */
    public MigrationResultAssert accountsForEveryPatientOf(Cohort cohort) {
        accountsForEveryPatient();
        Set<String> source = new HashSet<>();
        cohort.patients().forEach(p -> source.add(p.id()));
        Set<String> outcomes = new HashSet<>();
        actual.patients().forEach(p -> outcomes.add(p.patientId()));
        List<String> problems = new ArrayList<>();
        source.stream().filter(id -> !outcomes.contains(id)).sorted()
                .forEach(id -> problems.add("patient " + id + " of the cohort has no outcome"));
        outcomes.stream().filter(id -> !source.contains(id)).sorted()
                .forEach(id -> problems.add("patient " + id + " has an outcome but is not in the cohort"));
        return failIfAny("to account for every patient of the cohort", problems);
    }

    /**
     * Verifies that at least {@code minimum} of the patients reached the target (migrated, with or without defects).
     *
     * @throws AssertionError with the rate found and the count per final state
     */
    public MigrationResultAssert hasOverallSuccessRateAtLeast(double minimum) {
        isNotNull();
        double rate = actual.totalPatients() == 0 ? 1.0 : (double) actual.migratedCount() / actual.totalPatients();
        if (rate < minimum) {
            failWithMessage("Expecting %s to migrate at least %s of the patients but it migrated %s (%s of %s); "
                    + "final states: %s", where(), percent(minimum), percent(rate), actual.migratedCount(),
                    actual.totalPatients(), actual.outcomes());
        }
        return this;
    }

    /**
     * Verifies that at least {@code minimum} of the patients that entered {@code stage} passed it.
     *
     * @throws AssertionError with the stage's attempted and succeeded counts and its errors
     */
    public MigrationResultAssert hasStageSuccessRateAtLeast(MigrationStage stage, double minimum) {
        isNotNull();
        StageReport report = actual.stage(stage);
        if (report.successRate() < minimum) {
            failWithMessage("Expecting the %s stage of %s to pass at least %s of its patients but it passed %s "
                    + "(%s of %s attempted, %s error(s) at that stage)", stage.label(), where(), percent(minimum),
                    percent(report.successRate()), report.succeeded(), report.attempted(),
                    actual.errorCount(stage));
        }
        return this;
    }

    /**
     * Verifies that the mean reconciled quality score of the patients in the target is at least {@code minimum}.
     *
     * <p>A run where no patient reached the target has no mean, so it fails: nothing shows the quality was kept.
     *
     * @throws AssertionError with the mean, the 5th percentile and the lowest-scoring patients, or with the final
     *     states when no patient was scored
     */
    public MigrationResultAssert hasMeanQualityScoreAtLeast(double minimum) {
        isNotNull();
        if (actual.quality().mean().isEmpty()) {
            failWithMessage("Expecting the mean quality score of %s to be at least %s but no patient reached the "
                    + "target to be scored (outcomes %s)", where(), minimum, actual.outcomes());
        }
        if (actual.quality().mean().getAsDouble() < minimum) {
            List<String> worst = actual.patients().stream().filter(p -> p.state().inTarget())
                    .sorted((a, b) -> Double.compare(a.qualityScore(), b.qualityScore())).limit(5)
                    .map(p -> "patient " + p.patientId() + " scored " + p.qualityScore() + " " + p.defects())
                    .toList();
            failWithMessage("Expecting the mean quality score of %s to be at least %s but it was %s (p5 %s over %s "
                    + "scored patients); lowest:%s", where(), minimum, actual.quality().mean().getAsDouble(),
                    actual.quality().p5().getAsDouble(), actual.quality().scored(), CohortChecks.listed(worst, LISTED));
        }
        return this;
    }

    /**
     * Verifies that nothing was lost without a trace: every patient not in the target says why, every patient
     * migrated with defects names them, and the target holds exactly the migrated patients (its PERSON rows).
     *
     * @throws AssertionError listing each unexplained patient or the row count that disagrees
     */
    public MigrationResultAssert hasNoSilentDataLoss() {
        isNotNull();
        List<String> problems = new ArrayList<>();
        for (PatientOutcome p : actual.patients()) {
            if (!p.state().inTarget() && p.reasons().isEmpty()) {
                problems.add("patient " + p.patientId() + " ended " + p.state().label() + " at the "
                        + p.stage().label() + " stage without a reason");
            }
            if (p.state() == PatientState.MIGRATED_WITH_DEFECTS && p.defects().isEmpty()) {
                problems.add("patient " + p.patientId() + " was migrated with defects but none is named");
            }
        }
        Long persons = actual.targetRowCounts().get("PERSON");
        if (persons != null && persons != actual.migratedCount()) {
            problems.add("the target's PERSON table holds " + persons + " rows but " + actual.migratedCount()
                    + " patients were migrated");
        }
        return failIfAny("to lose no patient silently", problems);
    }

    /**
     * Verifies that {@code stage} was the bottleneck: the stage with the largest share of simulated time.
     *
     * @throws AssertionError naming the bottleneck found, its share of time and why
     */
    public MigrationResultAssert hasBottleneck(MigrationStage stage) {
        isNotNull();
        if (actual.bottleneck().stage() != stage) {
            failWithMessage("Expecting the bottleneck of %s to be the %s stage but it was %s (%s of the time: %s)",
                    where(), stage.label(), actual.bottleneck().stage().label(),
                    percent(actual.bottleneck().shareOfTime()), actual.bottleneck().reason());
        }
        return this;
    }

    /**
     * Verifies that the migration was not rolled back as a whole.
     *
     * @throws AssertionError with the reason for the rollback
     */
    public MigrationResultAssert wasNotRolledBack() {
        isNotNull();
        if (actual.rolledBack()) {
            failWithMessage("Expecting %s not to be rolled back but it was: %s", where(),
                    actual.rollbackReason().orElse("no reason given"));
        }
        return this;
    }

    /**
     * Verifies that the whole migration was rolled back, as a big-bang migration past its failure threshold is.
     *
     * @throws AssertionError with the final states found
     */
    public MigrationResultAssert wasRolledBack() {
        isNotNull();
        if (!actual.rolledBack()) {
            failWithMessage("Expecting %s to be rolled back but it completed with final states %s", where(),
                    actual.outcomes());
        }
        return this;
    }

    private String where() {
        return "the " + actual.strategy().label() + " migration of " + actual.totalPatients() + " patients (seed "
                + actual.seed() + ")";
    }

    private static String percent(double fraction) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", fraction * 100);
    }

    private MigrationResultAssert failIfAny(String property, List<String> problems) {
        if (!problems.isEmpty()) {
            failWithMessage("Expecting %s %s, but found %s problem(s):%s", where(), property, problems.size(),
                    CohortChecks.listed(problems, LISTED));
        }
        return this;
    }
}
