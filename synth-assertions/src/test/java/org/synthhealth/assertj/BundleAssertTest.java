package org.synthhealth.assertj;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.synthhealth.assertj.SynthAssertions.assertThat;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BundleAssertTest {

    @BeforeAll
    static void useTheSharedFhirPackages() {
        SharedPackages.use();
    }

    @Test
    void aGeneratedBundleConformsToUsCore() {
        Bundle bundle = Cohorts.of(20, 7L).fhirBundles().get(1);

        assertThat(bundle).conformsToUsCore().conformsToUsCore("6.1.0");
    }

    @Test
    void rejectsAUsCoreReleaseItCannotCheck() {
        Bundle bundle = bundleWith(new Observation());

        assertThatThrownBy(() -> assertThat(bundle).conformsToUsCore("4.0.0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("US Core 4.0.0 is not supported; use 6.1.0 or 3.1.1");
    }

    @Test
    void conformsToUsCoreListsTheProfileErrorsWithTheirPaths() {
        Bundle bundle = bundleWith(new Observation().setStatus(Observation.ObservationStatus.FINAL)
                .setSubject(new Reference("urn:uuid:p1")));
        bundle.getEntry().get(0).getResource().getMeta()
                .addProfile("http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient");

        assertThatThrownBy(() -> assertThat(bundle).conformsToUsCore())
                .hasMessageContaining("Expecting bundle of Patient/p1 to conform to US Core 6.1.0, but the validator")
                .hasMessageContaining("Patient");
    }

    @Test
    void aGeneratedTransactionBundleIsValidR4AndSelfContained() {
        Bundle bundle = Cohorts.of(20, 7L).fhirBundles().get(0);

        assertThat(bundle).isTransaction().isValidR4().allReferencesResolve().hasResourceCount("Patient", 1);
    }

    @Test
    void isValidR4ListsTheValidatorMessagesWithTheirPaths() {
        Bundle bundle = bundleWith(new Observation().setSubject(new Reference("urn:uuid:p1")));

        assertThatThrownBy(() -> assertThat(bundle).isValidR4())
                .hasMessageContaining("Expecting bundle of Patient/p1 to be valid FHIR R4, but the validator found")
                .hasMessageContaining("Bundle.entry[1].resource")
                .hasMessageContaining("Observation.status");
    }

    @Test
    void allReferencesResolveNamesTheEntryThePathAndTheDanglingReference() {
        Bundle bundle = bundleWith(new Observation().setStatus(Observation.ObservationStatus.FINAL)
                .setSubject(new Reference("urn:uuid:nobody")));

        assertThatThrownBy(() -> assertThat(bundle).allReferencesResolve())
                .hasMessageContaining("found 1 error(s)")
                .hasMessageContaining("entry[1] Observation/o1 at Observation.subject: urn:uuid:nobody resolves to "
                        + "no entry");
    }

    @Test
    void hasResourceCountNamesTheTypeAndBothCounts() {
        Bundle bundle = bundleWith(new Observation());

        assertThat(bundle).hasResourceCount("Observation", 1).hasResourceCount("Condition", 0);
        assertThatThrownBy(() -> assertThat(bundle).hasResourceCount("Observation", 3))
                .hasMessage("Expecting bundle of Patient/p1 to hold 3 Observation resource(s) but it holds 1");
    }

    @Test
    void isTransactionRejectsACollection() {
        Bundle bundle = bundleWith(new Observation()).setType(Bundle.BundleType.COLLECTION);

        assertThatThrownBy(() -> assertThat(bundle).isTransaction())
                .hasMessage("Expecting bundle of Patient/p1 to be of type transaction but it is COLLECTION");
    }

    private static Bundle bundleWith(Observation observation) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        Patient patient = new Patient();
        patient.setId("p1");
        bundle.addEntry().setFullUrl("urn:uuid:p1").setResource(patient).getRequest()
                .setMethod(Bundle.HTTPVerb.PUT).setUrl("Patient/p1");
        observation.setId("o1");
        bundle.addEntry().setFullUrl("urn:uuid:o1").setResource(observation).getRequest()
                .setMethod(Bundle.HTTPVerb.PUT).setUrl("Observation/o1");
        return bundle;
    }
}
