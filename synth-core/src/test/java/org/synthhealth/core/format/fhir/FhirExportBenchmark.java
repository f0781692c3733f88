package org.synthhealth.core.format.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.format.FixtureWriter;
import org.synthhealth.core.model.Patient;

/**
 * Measures the FHIR export rate on one thread, beside the floor of HAPI's JSON serialisation of the same
 * single-patient transaction bundles. Not a test (Maven never runs it); run it with
 * {@code mvn -q -pl synth-core test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.synthhealth.core.format.fhir.FhirExportBenchmark -Dexec.args="10000 serialise"} and again
 * with {@code export}, each in a fresh JVM so each is measured cold.
 */
public final class FhirExportBenchmark {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private FhirExportBenchmark() {
    }

    /** Arguments: patient count (default 10000) and {@code serialise} or {@code export} (default export). */
    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        String mode = args.length > 1 ? args[1] : "export";
        List<Patient> patients = HandmadePatients.cohort(1, count);
        if (mode.equals("serialise")) {
            serialise(patients);
        } else {
            export(patients);
        }
    }

    private static void serialise(List<Patient> patients) {
        FhirBundleMapper mapper = new FhirBundleMapper();
        List<Bundle> bundles = patients.stream().map(mapper::transaction).toList();
        long resources = bundles.stream().mapToLong(b -> b.getEntry().size()).sum();
        IParser parser = FhirContext.forR4Cached().newJsonParser();
        long bytes = 0;
        long cpu = CPU.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (Bundle bundle : bundles) {
            bytes += parser.encodeResourceToString(bundle).length();
        }
        report("HAPI JSON serialisation floor", patients.size(), resources, bytes, System.nanoTime() - start,
                CPU.getCurrentThreadCpuTime() - cpu);
    }

    private static void export(List<Patient> patients) throws IOException {
        Path dir = Files.createTempDirectory("fhir-benchmark");
        CohortSpec spec = CohortSpec.builder().patients(patients.size()).seed(1).build();
        long cpu = CPU.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        try (FixtureWriter writer = new FhirFormat().open(dir, spec, 1)) {
            for (Patient patient : patients) {
                writer.write(patient);
            }
            writer.finish();
        }
        long elapsed = System.nanoTime() - start;
        long cpuUsed = CPU.getCurrentThreadCpuTime() - cpu;
        long bytes;
        long lines;
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> regular = files.filter(Files::isRegularFile).toList();
            bytes = 0;
            for (Path file : regular) {
                bytes += Files.size(file);
            }
            lines = 0;
            for (String type : FhirFormat.RESOURCE_TYPES) {
                try (Stream<String> l = Files.lines(dir.resolve(FhirFormat.ndjson(type)))) {
                    lines += l.count();
                }
            }
            for (Path file : regular) {
                Files.delete(file);
            }
        }
        report("FHIR export (NDJSON + transactions)", patients.size(), lines, bytes, elapsed, cpuUsed);
    }

    // CPU time is printed too because wall time on a shared machine measures the neighbours as much as the code.
    private static void report(String what, int patients, long resources, long bytes, long nanos, long cpuNanos) {
        double seconds = nanos / 1e9;
        double cpuSeconds = cpuNanos / 1e9;
        System.out.printf(Locale.ROOT, "%s: %d patients, %.1f resources/patient, %d MB in %.2f s = %.0f patients/s"
                + " (%.2f s CPU = %.0f patients per CPU second)%n", what, patients, (double) resources / patients,
                bytes >> 20, seconds, patients / seconds, cpuSeconds, patients / cpuSeconds);
    }
}
