package org.synthhealth.assertj;

import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.hl7.fhir.r4.model.Bundle;
import org.synthhealth.assertj.internal.CohortChecks;
import org.synthhealth.assertj.internal.FhirChecks;
import org.synthhealth.assertj.internal.UsCoreChecks;

/**
 * Assertions on a FHIR R4 {@link Bundle}; obtain one with {@link SynthAssertions#assertThat(Bundle)}.
 *
 * <pre>{@code
 * assertThat(bundle).isValidR4().conformsToUsCore().allReferencesResolve().hasResourceCount("Patient", 1);
 * }</pre>
 *
 * <p>Validation failures list the validator's messages, each with its FHIR path, at most 20.
 *
 * @since 0.1.0
 */
public class BundleAssert extends AbstractAssert<BundleAssert, Bundle> {

    /** The US Core release checked when none is named. */
    public static final String DEFAULT_US_CORE = "6.1.0";

    private static final int LISTED = 20;

    /** An assertion on {@code actual}. */
    public BundleAssert(Bundle actual) {
        super(actual, BundleAssert.class);
    }

    /**
     * Verifies that the bundle and its resources are valid against the base FHIR R4 specification (structure,
     * cardinality, data types, required bindings of FHIR's own value sets); profiles claimed in {@code meta.profile}
     * are not checked here. The validator is built once per run.
     *
     * @throws AssertionError listing each error with its path
     */
    public BundleAssert isValidR4() {
        isNotNull();
        return failIfAny("to be valid FHIR R4", FhirChecks.r4Errors(actual));
    }

    /** {@link #conformsToUsCore(String)} for US Core {@value #DEFAULT_US_CORE}. */
    public BundleAssert conformsToUsCore() {
        return conformsToUsCore(DEFAULT_US_CORE);
    }

    /**
     * Verifies that every resource conforms to the US Core profiles of the given release ({@code 6.1.0} or
     * {@code 3.1.1}), validated offline against the US Core package in a FHIR package cache: {@code ~/.fhir/packages},
     * or the folder named by the system property {@code synth.fhir.packages}. The race, ethnicity and birth-sex
     * bindings that US Core 6.1.0 draws from VSAC cannot be expanded offline; those messages are checked against the
     * CDC race and ethnicity code system instead.
     *
     * @throws AssertionError listing each error with its path
     */
    public BundleAssert conformsToUsCore(String version) {
        isNotNull();
        return failIfAny("to conform to US Core " + version, UsCoreChecks.errors(actual, version));
    }

    /**
     * Verifies that every reference inside the bundle's resources points at an entry of the same bundle, by
     * {@code fullUrl} or {@code Type/id}.
     *
     * @throws AssertionError listing each dangling reference with its entry and path
     */
    public BundleAssert allReferencesResolve() {
        isNotNull();
        return failIfAny("to resolve every reference inside itself", FhirChecks.unresolvedReferences(actual));
    }

    /**
     * Verifies that the bundle holds exactly {@code expected} resources of the given type, for example
     * {@code hasResourceCount("Observation", 12)}.
     *
     * @throws AssertionError naming the type and both counts
     */
    public BundleAssert hasResourceCount(String resourceType, int expected) {
        isNotNull();
        long found = actual.getEntry().stream()
                .filter(e -> e.getResource() != null && e.getResource().fhirType().equals(resourceType)).count();
        if (found != expected) {
            failWithMessage("Expecting bundle %s to hold %s %s resource(s) but it holds %s", id(), expected,
                    resourceType, found);
        }
        return this;
    }

    /**
     * Verifies that the bundle is a {@code transaction} whose every entry has a {@code request}, so a FHIR server
     * accepts it as is.
     *
     * @throws AssertionError naming the type found or the first entry without a request
     */
    public BundleAssert isTransaction() {
        isNotNull();
        if (actual.getType() != Bundle.BundleType.TRANSACTION) {
            failWithMessage("Expecting bundle %s to be of type transaction but it is %s", id(), actual.getType());
        }
        for (int i = 0; i < actual.getEntry().size(); i++) {
            if (!actual.getEntry().get(i).hasRequest()) {
                failWithMessage("Expecting every entry of bundle %s to carry a request, but entry[%s] has none", id(),
                        i);
            }
        }
        return this;
    }

    private String id() {
        return actual.getEntry().stream().filter(e -> e.getResource() != null
                        && e.getResource().fhirType().equals("Patient"))
                .map(e -> "of Patient/" + e.getResource().getIdElement().getIdPart()).findFirst()
                .orElse(actual.hasId() ? actual.getIdElement().getIdPart() : "(no id)");
    }

    private BundleAssert failIfAny(String property, List<String> problems) {
        if (!problems.isEmpty()) {
            failWithMessage("Expecting bundle %s %s, but the validator found %s error(s):%s", id(), property,
                    problems.size(), CohortChecks.listed(problems, LISTED));
        }
        return this;
    }
}
