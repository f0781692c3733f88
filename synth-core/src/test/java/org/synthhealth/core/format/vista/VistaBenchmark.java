package org.synthhealth.core.format.vista;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.format.FixtureWriter;
import org.synthhealth.core.model.Patient;

/**
 * Measures the VistA export alone: patients per second written to {@code vista_globals.zwr}, with the cohort
 * generated beforehand, both by the wall clock and per CPU-second of the writing thread (the CPU figure does not
 * depend on other load on the machine), plus the time {@link VistaExtract} takes to read the file back. Not a test
 * (not run by {@code mvn verify}); run with
 * {@code java -cp <test classpath> org.synthhealth.core.format.vista.VistaBenchmark 10000 <output dir>}.
 */
public final class VistaBenchmark {

    private VistaBenchmark() {
    }

    /** Arguments: patient count (default 10,000), output folder (default a temporary folder). */
    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("vista-bench");
        CohortSpec spec = CohortSpec.builder().patients(count).seed(42).concurrentWorkers(2).build();
        List<Patient> patients = Cohort.generate(spec).patients();

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= 3; round++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            try (FixtureWriter writer = new VistaFormat().open(dir, spec, 42)) {
                for (Patient p : patients) {
                    writer.write(p);
                }
                writer.finish();
                writer.commit();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            Path file = dir.resolve(VistaFormat.FILE_NAME);
            System.out.printf(Locale.ROOT, "round %d: %d patients exported in %.2f s wall = %.0f patients/s; "
                    + "%.2f s CPU = %.0f patients per CPU-second; %d MiB%n", round, count, seconds, count / seconds,
                    cpu, count / cpu, Files.size(file) >> 20);
        }
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        VistaExtract vista = VistaExtract.read(dir.resolve(VistaFormat.FILE_NAME));
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf(Locale.ROOT, "read back %d patients in %.2f s wall, %.2f s CPU (%.0f patients/s wall)%n",
                vista.patients().size(), seconds, cpu, vista.patients().size() / seconds);
    }
}
