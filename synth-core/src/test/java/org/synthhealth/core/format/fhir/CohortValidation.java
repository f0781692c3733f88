package org.synthhealth.core.format.fhir;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.synthhealth.core.model.Patient;

/**
 * Validates the transaction bundle of every patient of a cohort once (every entry is validated against the profile
 * it claims, and every reference is resolved inside the bundle), on as many threads as there are cores.
 *
 * @param reports one report per patient, in index order
 * @param resources how many resources were validated
 * @param millis how long the validation took (wall clock)
 * @param cpuMillis the CPU time the JVM spent meanwhile, all threads together
 */
record CohortValidation(List<ValidationReport> reports, int resources, long millis, long cpuMillis) {

    static CohortValidation run(UsCoreValidator validator, List<Patient> patients) {
        FhirBundleMapper mapper = new FhirBundleMapper(validator.version());
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            List<Future<ValidationReport>> futures = new ArrayList<>();
            int resources = 0;
            for (Patient patient : patients) {
                Bundle bundle = mapper.transaction(patient);
                resources += bundle.getEntry().size();
                futures.add(pool.submit(() -> validator.validate(bundle)));
            }
            List<ValidationReport> reports = new ArrayList<>();
            for (Future<ValidationReport> future : futures) {
                reports.add(future.get());
            }
            return new CohortValidation(reports, resources, (System.nanoTime() - start) / 1_000_000,
                    (processCpuNanos() - cpuStart) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /** A one-line summary for the test log. */
    String summary(int patients) {
        return String.format(java.util.Locale.ROOT, "%d patients, %d resources validated in %d ms (%d ms CPU)",
                patients, resources, millis, cpuMillis);
    }

    /** Every error outside the VSAC class, prefixed with the patient index. */
    List<String> errors() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            for (ValidationIssue issue : reports.get(i).errors()) {
                out.add("patient " + i + ": " + issue);
            }
        }
        return out;
    }

    /** Every issue of the VSAC class. */
    List<ValidationIssue> offlineVsacIssues() {
        return reports.stream().flatMap(r -> r.offlineVsacIssues().stream()).collect(Collectors.toList());
    }
}
