package org.synthhealth.core.migration;

import java.util.List;

/**
 * The figures of one stage: how many patients entered it, how many passed, and how long it took.
 *
 * @param attempted patients that entered the stage (a retried batch counts again)
 * @param succeeded patients that passed every sub-stage of it
 * @param subStages the figures of its sub-stages, in order
 * @param timings simulated time spent in the stage per patient
 */
public record StageReport(
        MigrationStage stage, long attempted, long succeeded, List<SubStageReport> subStages, Timings timings) {

    public StageReport {
        subStages = List.copyOf(subStages);
    }

    /** {@code succeeded / attempted}, or 1 when nothing was attempted. */
    public double successRate() {
        return attempted == 0 ? 1.0 : (double) succeeded / attempted;
    }

    /** The figures of one sub-stage of this stage. */
    public SubStageReport subStage(SubStage subStage) {
        return subStages.stream().filter(s -> s.subStage() == subStage).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(subStage + " is not part of " + stage));
    }
}
