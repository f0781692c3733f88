package org.synthhealth.core.migration;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.synthhealth.core.ClinicalComplexity;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.MigrationStrategy;
import org.synthhealth.core.format.FixtureWriter;
import org.synthhealth.core.format.vista.VistaFormat;
import org.synthhealth.core.generate.CohortGenerator;

/**
 * Measures simulated patients per real second, per strategy, for given cohort sizes. Not a test (the name keeps it
 * out of {@code mvn verify}); run it with the test class path:
 *
 * <pre>
 * java -cp synth-core/target/classes:synth-core/target/test-classes:$(cat cp.txt) \
 *     org.synthhealth.core.migration.MigrationBenchmark /tmp/bench 10000 100000
 * </pre>
 *
 * <p>The cohort's VistA globals are written once per size, outside the timing; each strategy then runs
 * {@link MigrationRun} (extract from the ZWR file, the whole pipeline into the H2 file target, reconciliation, which
 * regenerates each source patient from the seed). Wall time and the main thread's CPU time are both reported: on a
 * shared machine the CPU figure is the steadier one.
 */
public final class MigrationBenchmark {

    private MigrationBenchmark() {
    }

    /** Arguments: a work directory, then cohort sizes. */
    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.println("patients  strategy   wall_s   cpu_s  patients/s(wall)  patients/s(cpu)  migrated"
                + "  simulated_makespan");
        for (int i = 1; i < args.length; i++) {
            int size = Integer.parseInt(args[i]);
            Path dir = work.resolve("n" + size);
            Files.createDirectories(dir);
            CohortSpec base = CohortSpec.builder().patients(size).seed(42).clinicalComplexity(ClinicalComplexity.LOW)
                    .batchSize(250).concurrentWorkers(8).build();
            try (FixtureWriter writer = new VistaFormat().open(dir, base, 42)) {
                new CohortGenerator(base, 42).forEach(writer::write);
                writer.finish();
                writer.commit();
            }
            for (MigrationStrategy strategy : List.of(MigrationStrategy.STAGED, MigrationStrategy.BIG_BANG,
                    MigrationStrategy.PARALLEL)) {
                CohortSpec spec = base.toBuilder().migrationStrategy(strategy).build();
                long wall = System.nanoTime();
                long cpu = threads.getCurrentThreadCpuTime();
                MigrationResult result = MigrationRun.run(spec, 42, dir);
                double wallSeconds = (System.nanoTime() - wall) / 1e9;
                double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
                System.out.println(String.format(Locale.ROOT, "%8d  %-9s %7.1f %7.1f %17.0f %16.0f %9d  %s", size,
                        strategy.label(), wallSeconds, cpuSeconds, size / wallSeconds, size / cpuSeconds,
                        result.migratedCount(), result.makespan()));
            }
        }
    }
}
