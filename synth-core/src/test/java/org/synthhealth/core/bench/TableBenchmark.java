package org.synthhealth.core.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.format.FixtureFormat;
import org.synthhealth.core.format.FixtureWriter;
import org.synthhealth.core.format.csv.CsvFormat;
import org.synthhealth.core.format.parquet.ParquetFormat;
import org.synthhealth.core.format.table.HandmadePatients;
import org.synthhealth.core.format.table.Table;
import org.synthhealth.core.format.table.Tables;
import org.synthhealth.core.generate.PatientEngine;
import org.synthhealth.core.model.Patient;

/**
 * Measures patients per second and peak heap for a cohort written to CSV and Parquet. Not a test.
 *
 * <p>Arguments: {@code <patients> <output-dir> [engine|handmade] [csv|parquet|both|none]}. Run it through
 * {@code benchmarks/tables.sh}, which compiles the test classes and sets the heap limit.
 */
public final class TableBenchmark {

    private TableBenchmark() {
    }

    /** Runs one measurement and prints one line of figures. */
    public static void main(String[] args) throws IOException {
        int count = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        String source = args.length > 2 ? args[2] : "engine";
        String formats = args.length > 3 ? args[3] : "both";
        long seed = 42;
        CohortSpec spec = CohortSpec.builder().patients(count).seed(seed).build();
        LongFunction<Patient> patients = source.equals("handmade")
                ? index -> HandmadePatients.patient(seed, index)
                : new PatientEngine(spec, seed)::generate;
        List<FixtureFormat> chosen = new ArrayList<>();
        if (formats.equals("csv") || formats.equals("both")) {
            chosen.add(new CsvFormat());
        }
        if (formats.equals("parquet") || formats.equals("both")) {
            chosen.add(new ParquetFormat());
        }

        resetPeaks();
        long rows = 0;
        long cpuStarted = processCpuNanos();
        long started = System.nanoTime();
        List<FixtureWriter> writers = new ArrayList<>();
        try {
            for (FixtureFormat format : chosen) {
                writers.add(format.open(out, spec, seed));
            }
            for (long i = 0; i < count; i++) {
                Patient patient = patients.apply(i);
                rows += rowCount(patient);
                for (FixtureWriter writer : writers) {
                    writer.write(patient);
                }
            }
            for (FixtureWriter writer : writers) {
                writer.finish();
                writer.commit();
            }
        } finally {
            for (FixtureWriter writer : writers) {
                writer.close();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuStarted) / 1e9;

        System.out.printf(Locale.ROOT, "patients=%d source=%s formats=%s rows=%d seconds=%.2f cpu-seconds=%.2f"
                + " patients/s=%.0f patients/cpu-s=%.0f rows/s=%.0f peak-heap-MiB=%.0f max-heap-MiB=%d"
                + " bytes-on-disk-MiB=%.1f%n", count, source, formats, rows, seconds, cpuSeconds, count / seconds,
                count / cpuSeconds, rows / seconds, peakHeapBytes() / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576, directoryBytes(out) / 1048576.0);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long rowCount(Patient patient) {
        long rows = 0;
        for (Table<?> table : Tables.ALL) {
            rows += table.rowsOf(patient).size();
        }
        return rows;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** The sum of each heap pool's peak: an upper bound of the live heap at any moment. */
    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static long directoryBytes(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
