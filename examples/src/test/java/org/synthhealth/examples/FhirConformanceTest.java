package org.synthhealth.examples;

import java.util.List;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.synthhealth.assertj.SoftSynthAssertions;
import org.synthhealth.junit.SyntheticPatients;

/**
 * A FHIR conformance test: every transaction bundle must be valid R4, conform to US Core 6.1.0 and be
 * self-contained. Soft assertions report every non-conformant bundle at once.
 */
@ExtendWith(SoftAssertionsExtension.class)
class FhirConformanceTest {

    @BeforeAll
    static void useOurFhirPackageCache() {
        // Where the US Core packages live; without this, ~/.fhir/packages.
        SharedFolder.useFhirPackages();
    }

    @Test
    void everyBundleConformsToUsCore(@SyntheticPatients(count = 4, seed = 610L) List<Bundle> bundles,
            SoftSynthAssertions softly) {
        for (Bundle bundle : bundles) {
            softly.assertThat(bundle).isTransaction().allReferencesResolve().hasResourceCount("Patient", 1)
                    .conformsToUsCore();
        }
    }
}
