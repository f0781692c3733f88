package org.synthhealth.core.migration;

/**
 * Simulated durations of one stage or sub-stage over the patients that reached it, in milliseconds of virtual time.
 *
 * @param meanMillis the mean per patient
 * @param p50Millis the median per patient
 * @param p95Millis the 95th percentile per patient
 * @param totalMillis the sum over all patients (including retries and back-off)
 */
public record Timings(double meanMillis, double p50Millis, double p95Millis, double totalMillis) {

    /** Timings of nothing: all zero. */
    public static Timings none() {
        return new Timings(0, 0, 0, 0);
    }
}
