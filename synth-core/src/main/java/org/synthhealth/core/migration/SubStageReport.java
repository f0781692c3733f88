package org.synthhealth.core.migration;

/**
 * The figures of one sub-stage.
 *
 * @param attempted patients that entered the sub-stage (a retried batch counts again)
 * @param succeeded patients that left it successfully
 */
public record SubStageReport(SubStage subStage, long attempted, long succeeded, Timings timings) {

    /** {@code succeeded / attempted}, or 1 when nothing was attempted. */
    public double successRate() {
        return attempted == 0 ? 1.0 : (double) succeeded / attempted;
    }
}
