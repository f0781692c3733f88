package org.synthhealth.core.generate;

import java.io.IOException;
import java.util.Locale;
import org.synthhealth.core.CohortSpec;

/**
 * Measures generation alone (no export): patients per second and heap for a cohort, on a given number of workers.
 * Run with {@code java -cp ... org.synthhealth.core.generate.EngineBenchmark 100000 4}. Not a test.
 */
public final class EngineBenchmark {

    private EngineBenchmark() {
    }

    /** Arguments: patient count, workers. */
    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int workers = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        CohortSpec spec = CohortSpec.builder().patients(count).seed(42).concurrentWorkers(workers).build();
        long[] rows = new long[1];
        long[] peak = new long[1];
        Runtime rt = Runtime.getRuntime();
        long start = System.nanoTime();
        new CohortGenerator(spec, 42).forEach(p -> {
            rows[0] += p.encounters().size() + p.observations().size() + p.conditions().size()
                    + p.medications().size() + p.immunizations().size() + p.procedures().size();
            if ((p.index() & 1023) == 0) {
                peak[0] = Math.max(peak[0], rt.totalMemory() - rt.freeMemory());
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%d patients, %d workers: %.1f s, %.0f patients/s, %.1f rows/patient, "
                + "heap used peak ~%d MiB (max %d MiB)%n", count, workers, seconds, count / seconds,
                (double) rows[0] / count, peak[0] >> 20, rt.maxMemory() >> 20);
    }
}
