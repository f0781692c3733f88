package org.synthhealth.assertj;

import ca.uhn.hl7v2.model.Message;
import org.assertj.core.api.Assertions;
import org.hl7.fhir.r4.model.Bundle;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.migration.MigrationResult;

/**
 * The entry point of synth-health's assertions: cohorts, FHIR bundles, HL7 v2 messages and migration results. It
 * extends AssertJ's {@link Assertions}, so one static import gives both.
 *
 * <pre>{@code
 * import static org.synthhealth.assertj.SynthAssertions.assertThat;
 *
 * assertThat(cohort).hasSize(200).hasReferentialIntegrity().hasPlausibleTimelines();
 * assertThat(cohort.fhirBundles().get(0)).isValidR4().allReferencesResolve();
 * assertThat(cohort.adtMessages().get(0)).isValid().hasMessageType("ADT^A04");
 * assertThat(migrationResult).accountsForEveryPatient().hasNoSilentDataLoss();
 * }</pre>
 *
 * @since 0.1.0
 */
public class SynthAssertions extends Assertions {

    /** Not instantiated; extend it to add your own entry points. */
    protected SynthAssertions() {
    }

    /** Assertions on a generated cohort. */
    public static CohortAssert assertThat(Cohort actual) {
        return new CohortAssert(actual);
    }

    /** Assertions on a FHIR R4 bundle. */
    public static BundleAssert assertThat(Bundle actual) {
        return new BundleAssert(actual);
    }

    /** Assertions on an HL7 v2 message. */
    public static MessageAssert assertThat(Message actual) {
        return new MessageAssert(actual);
    }

    /** Assertions on the result of a simulated migration. */
    public static MigrationResultAssert assertThat(MigrationResult actual) {
        return new MigrationResultAssert(actual);
    }
}
