package org.synthhealth.core.report.html;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hand-made figures for tests of the page itself, independent of the engine and the simulator. */
final class SampleFigures {

    private SampleFigures() {
    }

    static CohortFigures cohort() {
        Map<String, Long> tables = new LinkedHashMap<>();
        tables.put("patients", 500L);
        tables.put("encounters", 9120L);
        tables.put("conditions", 1713L);
        Map<String, List<Double>> prevalence = new LinkedHashMap<>();
        prevalence.put("Hypertension", List.of(0.0, 0.21, 0.5, 0.7));
        prevalence.put("Diabetes <type 2> & \"friends\"", List.of(0.0, 0.04, 0.12, 0.22));
        return new CohortFigures(500, 42, tables, List.of(
                new CohortFigures.DistributionFigures("Gender", List.of("male", "female"), List.of(0.5, 0.5),
                        List.of(0.488, 0.512), true)),
                List.of("0-18", "19-40", "41-65", "66-120"), prevalence);
    }

    /** A run where no patient reached the target, so no quality score exists. */
    static MigrationFigures unscored(String strategy) {
        MigrationFigures f = migration(strategy, true);
        return new MigrationFigures(f.strategy(), f.seed(), f.totalPatients(), f.outcomes(), f.stages(), f.failures(),
                f.throughputPerMinute(), f.makespanMinutes(), f.throughputOverTime(), f.bottleneckStage(),
                f.bottleneckReason(), Double.NaN, Double.NaN, List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L),
                f.minimumQuality(), true, f.attention());
    }

    static MigrationFigures migration(String strategy, boolean rolledBack) {
        Map<String, Long> outcomes = new LinkedHashMap<>();
        outcomes.put("migrated", 400L);
        outcomes.put("migrated_with_defects", 20L);
        outcomes.put("quarantined", 50L);
        outcomes.put("failed", 30L);
        outcomes.put("rolled_back", 0L);
        return new MigrationFigures(strategy, 42, 500, outcomes, List.of(
                new MigrationFigures.StageFigures("extract", 500, 480, 0, 20, 0.96, 1.2, 1.0, 2.5),
                new MigrationFigures.StageFigures("transform", 480, 470, 0, 10, 0.979, 2.2, 2.0, 4.5),
                new MigrationFigures.StageFigures("validate", 470, 420, 50, 0, 0.894, 0.7, 0.6, 1.1),
                new MigrationFigures.StageFigures("load", 420, 420, 0, 0, 1.0, 3.3, 3.0, 6.0)),
                List.of(new MigrationFigures.FailureCount("extract", "network", 20),
                        new MigrationFigures.FailureCount("validate", "missing_field", 50)),
                52.5, 9.5, List.of(new double[] {0, 0}, new double[] {5, 250}, new double[] {9.5, 470}),
                "load", "has the highest p95 time per patient (6.0 s).", 0.93, 0.71,
                List.of(0L, 0L, 1L, 2L, 3L, 5L, 8L, 20L, 61L, 370L), 0.85, rolledBack,
                List.of(new MigrationFigures.AttentionRow("p-2", "quarantined", "validate", "missing birth date", 0.0),
                        new MigrationFigures.AttentionRow("p-1", "migrated_with_defects", "load", "name <truncated>",
                                0.72)));
    }
}
