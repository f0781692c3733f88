package org.synthhealth.core.format.fhir;

import org.junit.jupiter.api.Test;
import org.synthhealth.core.testing.SharedFolder;

class ExploreValidationTest {
    @Test
    void explore() {
        for (UsCoreVersion v : new UsCoreVersion[] {UsCoreVersion.V6_1_0, UsCoreVersion.V3_1_1}) {
            long t0 = System.nanoTime();
            UsCoreValidator validator = UsCoreValidator.fromPackageCache(SharedFolder.resolve("fhir"), v);
            System.out.println("build " + v + " " + (System.nanoTime() - t0) / 1_000_000 + " ms");
            FhirBundleMapper mapper = new FhirBundleMapper(v);
            java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
            long t1 = System.nanoTime();
            for (var p : HandmadePatients.cohort(7, 40)) {
                ValidationReport r = validator.validate(mapper.transaction(p));
                for (ValidationIssue i : r.issues()) {
                    String key = i.severity() + " " + i.category() + " " + i.location().replaceAll("\\[\\d+\\]", "[]")
                            .replaceAll("/\\*[^*]*\\*/", "") + " :: " + i.message().replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "UUID");
                    counts.merge(key, 1, Integer::sum);
                }
            }
            System.out.println("validate " + v + " " + (System.nanoTime() - t1) / 1_000_000 + " ms");
            counts.forEach((k, n) -> System.out.println(n + "x " + k));
        }
    }
}
