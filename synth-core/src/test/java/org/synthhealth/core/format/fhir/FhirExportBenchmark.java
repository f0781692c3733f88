package org.synthhealth.core.format.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;
import java.util.Locale;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.format.FixtureWriter;
import org.synthhealth.core.generate.PatientEngine;
import org.synthhealth.core.model.Patient;

/**
 * Measures the FHIR export rate on one thread, beside the floor of HAPI's JSON serialisation of the same
 * single-patient transaction bundles. Not a test (Maven never runs it); run it with
 * {@code mvn -q -pl synth-core test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.synthhealth.core.format.fhir.FhirExportBenchmark -Dexec.args="10000 serialise"} and again
 * with {@code export}, each in a fresh JVM so each is measured cold (or with {@code java -cp}, see the FHIR notes).
 */
public final class FhirExportBenchmark {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private FhirExportBenchmark() {
    }

    /**
     * Arguments: patient count (default 10000), {@code serialise} or {@code export} (default export), and the patient
     * source, {@code engine} (default) or {@code handmade}. Generation is not timed.
     */
    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        String mode = args.length > 1 ? args[1] : "export";
        boolean engine = args.length <= 2 || args[2].equals("engine");
        PatientEngine generator = new PatientEngine(CohortSpec.builder().patients(count).seed(1).build(), 1);
        IntFunction<Patient> source = engine ? generator::generate : i -> HandmadePatients.patient(1, i);
        if (mode.equals("serialise")) {
            serialise(count, source);
        } else {
            export(count, source);
        }
    }

    private static void serialise(int count, IntFunction<Patient> source) {
        FhirBundleMapper mapper = new FhirBundleMapper();
        IParser parser = FhirContext.forR4Cached().newJsonParser();
        long resources = 0;
        long bytes = 0;
        long nanos = 0;
        long cpu = 0;
        for (int i = 0; i < count; i++) {
            Bundle bundle = mapper.transaction(source.apply(i));
            resources += bundle.getEntry().size();
            long cpuStart = CPU.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            bytes += parser.encodeResourceToString(bundle).length();
            nanos += System.nanoTime() - start;
            cpu += CPU.getCurrentThreadCpuTime() - cpuStart;
        }
        report("HAPI JSON serialisation floor", count, resources, bytes, nanos, cpu);
    }

    private static void export(int count, IntFunction<Patient> source) throws IOException {
        Path dir = Files.createTempDirectory("fhir-benchmark");
        CohortSpec spec = CohortSpec.builder().patients(count).seed(1).build();
        long elapsed = 0;
        long cpuUsed = 0;
        try (FixtureWriter writer = new FhirFormat().open(dir, spec, 1)) {
            for (int i = 0; i < count; i++) {
                Patient patient = source.apply(i);
                long cpuStart = CPU.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                writer.write(patient);
                elapsed += System.nanoTime() - start;
                cpuUsed += CPU.getCurrentThreadCpuTime() - cpuStart;
            }
            long cpuStart = CPU.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            writer.finish();
            writer.commit();
            elapsed += System.nanoTime() - start;
            cpuUsed += CPU.getCurrentThreadCpuTime() - cpuStart;
        }
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
        report("FHIR export (NDJSON + transactions)", count, lines, bytes, elapsed, cpuUsed);
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
