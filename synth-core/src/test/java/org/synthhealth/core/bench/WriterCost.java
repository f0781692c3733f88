package org.synthhealth.core.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.format.FixtureFormat;
import org.synthhealth.core.format.FixtureWriter;
import org.synthhealth.core.format.csv.CsvFormat;
import org.synthhealth.core.format.parquet.ParquetFormat;
import org.synthhealth.core.format.table.Table;
import org.synthhealth.core.format.table.Tables;
import org.synthhealth.core.model.Patient;

/**
 * Measures the CPU cost of each table writer alone, on patients generated beforehand, in CPU time so that other
 * processes on the machine do not distort it. Not a test.
 *
 * <p>Arguments: {@code <patients held in memory> <rounds> <scratch-dir>}. Each round writes the held patients again
 * through a fresh writer; the first round warms the JIT and is not counted.
 */
public final class WriterCost {

    private WriterCost() {
    }

    /** Prints CPU microseconds per patient and rows per CPU second for each format. */
    public static void main(String[] args) throws IOException {
        int count = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        Path scratch = Path.of(args[2]);
        CohortSpec spec = CohortSpec.builder().patients(count).seed(42).build();
        List<Patient> patients = Cohort.generate(spec).patients();
        long rows = 0;
        for (Patient patient : patients) {
            for (Table<?> table : Tables.ALL) {
                rows += table.rowsOf(patient).size();
            }
        }
        for (FixtureFormat format : List.of(new CsvFormat(), new ParquetFormat())) {
            writeRound(format, patients, spec, scratch);
            long started = processCpuNanos();
            for (int round = 0; round < rounds; round++) {
                writeRound(format, patients, spec, scratch);
            }
            double cpuSeconds = (processCpuNanos() - started) / 1e9;
            System.out.printf(Locale.ROOT, "format=%s patients=%d rows/patient=%.1f cpu-us/patient=%.0f"
                    + " patients/cpu-s=%.0f rows/cpu-s=%.0f%n", format.name(), (long) count * rounds,
                    rows / (double) count, cpuSeconds * 1e6 / count / rounds, count * rounds / cpuSeconds,
                    rows * rounds / cpuSeconds);
        }
    }

    private static void writeRound(FixtureFormat format, List<Patient> patients, CohortSpec spec, Path scratch)
            throws IOException {
        try (FixtureWriter writer = format.open(scratch, spec, 42)) {
            for (Patient patient : patients) {
                writer.write(patient);
            }
            writer.finish();
            writer.commit();
        }
        try (Stream<Path> files = Files.walk(scratch)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
