package org.synthhealth.assertj.internal;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * FHIR checks behind the bundle assertions. The HAPI context and the base R4 validator are built once per JVM, on
 * first use, and shared: building them takes seconds, validating with them is thread-safe.
 */
public final class FhirChecks {

    private FhirChecks() {
    }

    /** The shared R4 context. */
    public static FhirContext context() {
        return FhirContext.forR4Cached();
    }

    /** The errors and fatal messages of validating against the base R4 specification, as {@code location: text}. */
    public static List<String> r4Errors(Resource resource) {
        return errors(R4Validator.INSTANCE.validateWithResult(resource).getMessages());
    }

    /** The messages of at least error severity, as {@code location: text}. */
    public static List<String> errors(List<SingleValidationMessage> messages) {
        List<String> out = new ArrayList<>();
        for (SingleValidationMessage m : messages) {
            if (m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL) {
                out.add(m.getLocationString() + ": " + m.getMessage());
            }
        }
        return out;
    }

    /**
     * References inside the bundle's resources that match no entry, each as {@code entry[i] Type/id at path:
     * reference}. A reference resolves by {@code fullUrl} ({@code urn:uuid:...}) or by {@code Type/id}.
     */
    public static List<String> unresolvedReferences(Bundle bundle) {
        Set<String> targets = new HashSet<>();
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            if (entry.hasFullUrl()) {
                targets.add(entry.getFullUrl());
            }
            if (entry.getResource() != null && entry.getResource().hasIdElement()) {
                Resource r = entry.getResource();
                targets.add(r.fhirType() + "/" + r.getIdElement().getIdPart());
            }
        }
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            Resource r = bundle.getEntry().get(i).getResource();
            if (r == null) {
                continue;
            }
            String where = "entry[" + i + "] " + r.fhirType() + "/" + r.getIdElement().getIdPart();
            walk(r, r.fhirType(), (path, ref) -> {
                String target = ref.getReference();
                if (ref.hasReference() && !target.startsWith("#") && !targets.contains(target)) {
                    problems.add(where + " at " + path + ": " + ref.getReference() + " resolves to no entry");
                }
            });
        }
        return problems;
    }

    /** Receives each reference with its path. */
    interface ReferenceVisitor {
        void visit(String path, Reference reference);
    }

    private static void walk(Base element, String path, ReferenceVisitor visitor) {
        if (element instanceof Reference ref) {
            visitor.visit(path, ref);
        }
        for (Property property : element.children()) {
            List<Base> values = property.getValues();
            for (int i = 0; i < values.size(); i++) {
                Base child = values.get(i);
                if (child != null && !(child instanceof Resource)) {
                    String name = property.getName().replace("[x]", "");
                    walk(child, path + "." + name + (values.size() > 1 ? "[" + i + "]" : ""), visitor);
                }
            }
        }
    }

    /** The lazily built base R4 validator. */
    private static final class R4Validator {

        static final FhirValidator INSTANCE = build();

        private static FhirValidator build() {
            FhirContext ctx = context();
            ValidationSupportChain chain = new ValidationSupportChain(
                    new DefaultProfileValidationSupport(ctx),
                    new CommonCodeSystemsTerminologyService(ctx),
                    new InMemoryTerminologyServerValidationSupport(ctx),
                    new SnapshotGeneratingValidationSupport(ctx));
            FhirInstanceValidator module = new FhirInstanceValidator(chain);
            // A bundle claims US Core profiles; the base check ignores them, conformsToUsCore() checks them.
            module.setErrorForUnknownProfiles(false);
            module.setNoTerminologyChecks(false);
            return ctx.newValidator().registerValidatorModule(module);
        }
    }
}
