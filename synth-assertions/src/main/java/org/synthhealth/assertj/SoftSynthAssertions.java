package org.synthhealth.assertj;

import ca.uhn.hl7v2.model.Message;
import org.assertj.core.api.SoftAssertions;
import org.hl7.fhir.r4.model.Bundle;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.migration.MigrationResult;

/**
 * Soft assertions: every failure is collected and reported together at the end, instead of stopping at the first.
 * Works with AssertJ's {@code SoftAssertionsExtension}, which injects it as a parameter or field and checks it after
 * the test.
 *
 * <pre>{@code
 * @ExtendWith(SoftAssertionsExtension.class)
 * class ImportTest {
 *     @Test
 *     void everyBundleConforms(@SyntheticPatients(count = 20, seed = 3L) List<Bundle> bundles,
 *             SoftSynthAssertions softly) {
 *         bundles.forEach(b -> softly.assertThat(b).isValidR4().allReferencesResolve());
 *     }
 * }
 * }</pre>
 *
 * <p>Navigation into HL7 segments and fields ({@code segment(...)}, {@code field(...)}) is not soft: a failure there
 * is thrown at once.
 *
 * @since 0.1.0
 */
public class SoftSynthAssertions extends SoftAssertions {

    /** Creates an empty set of soft assertions. */
    public SoftSynthAssertions() {
    }

    /** Soft assertions on a generated cohort. */
    public CohortAssert assertThat(Cohort actual) {
        return proxy(CohortAssert.class, Cohort.class, actual);
    }

    /** Soft assertions on a FHIR R4 bundle. */
    public BundleAssert assertThat(Bundle actual) {
        return proxy(BundleAssert.class, Bundle.class, actual);
    }

    /** Soft assertions on an HL7 v2 message. */
    public MessageAssert assertThat(Message actual) {
        return proxy(MessageAssert.class, Message.class, actual);
    }

    /** Soft assertions on the result of a simulated migration. */
    public MigrationResultAssert assertThat(MigrationResult actual) {
        return proxy(MigrationResultAssert.class, MigrationResult.class, actual);
    }
}
