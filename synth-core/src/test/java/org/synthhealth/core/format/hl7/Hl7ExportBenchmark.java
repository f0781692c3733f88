package org.synthhealth.core.format.hl7;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.format.FixtureWriter;
import org.synthhealth.core.model.Patient;

/**
 * Measures HL7 export speed on 10,000 engine patients (generation excluded); asserts nothing. Its name keeps it out
 * of {@code mvn verify}; run it with
 * {@code mvn -o -pl synth-core test -Dtest=Hl7ExportBenchmark -Dsynth.benchmark=true}.
 */
@EnabledIfSystemProperty(named = "synth.benchmark", matches = "true")
class Hl7ExportBenchmark {

    private static final int PATIENTS = 10_000;
    private static final long SEED = 42L;
    // Thread CPU time, beside wall time, because the build machine's cores are shared with other jobs.
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @TempDir
    Path dir;

    @Test
    void exportsTenThousandPatients() throws IOException {
        CohortSpec spec = CohortSpec.builder().patients(PATIENTS).seed(SEED).referenceDate(LocalDate.of(2026, 1, 1))
                .build();
        List<Patient> cohort = Cohort.generate(spec).patients();
        long draws = cohort.stream().mapToLong(p -> LabDraw.of(p).size()).sum();
        long orders = cohort.stream().mapToLong(p -> LabPanel.of(p).size()).sum();
        long results = cohort.stream().flatMap(p -> LabPanel.of(p).stream()).mapToLong(p -> p.results().size()).sum();

        int round = 0;
        for (String run : List.of("cold", "warm", "warm")) {
            Path out = dir.resolve(run + round++);
            long start = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            try (FixtureWriter writer = new Hl7Format().open(out, spec, SEED)) {
                for (Patient patient : cohort) {
                    writer.write(patient);
                }
                writer.finish();
                writer.commit();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            System.out.printf(Locale.ROOT, "HL7 %s: %d patients (%d ADT, %d ORU, %d OBR, %d OBX):"
                    + " wall %.2f s = %.0f patients/s, thread CPU %.2f s = %.0f patients/s; %d + %d bytes%n",
                    run, PATIENTS, PATIENTS, draws, orders, results, seconds, PATIENTS / seconds, cpuSeconds,
                    PATIENTS / cpuSeconds,
                    Files.size(out.resolve(Hl7Format.ADT_FILE)), Files.size(out.resolve(Hl7Format.ORU_FILE)));
        }
    }
}
