package org.synthhealth.core.format.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.synthhealth.core.format.fhir.internal.CdcRaceEthnicityCheck;
import org.synthhealth.core.format.fhir.internal.OfflineVsacClass;
import org.synthhealth.core.format.fhir.internal.PackageFolders;
import org.synthhealth.core.format.fhir.internal.PackageLoader;
import org.synthhealth.core.format.fhir.internal.ProfileMatchCascade;

/**
 * Validates FHIR R4 resources against US Core offline, with HAPI's {@link FhirInstanceValidator} and the packages
 * of a FHIR package cache.
 *
 * <p>The support chain is HAPI's default R4 definitions, the US Core package and its dependencies (read from
 * {@code <cache>/<id>#<version>/package}), in-memory terminology, HAPI's common code systems and snapshot
 * generation, behind the chain's own cache. Nothing is fetched over the network: there is no remote terminology
 * server, so value sets that only VSAC can expand cannot be checked.
 *
 * <p>Those messages form one known class: US Core 6.1.0 binds race, ethnicity and birth sex to VSAC value sets.
 * They are reported as {@link ValidationIssue.Category#OFFLINE_VSAC_BINDING}, and the codes concerned are checked
 * instead against the CDC Race and Ethnicity code system (errors there count). Every other error counts.
 *
 * <p>Building a validator reads thousands of files and takes seconds; build one and reuse it. An instance is
 * thread-safe: {@link #validate(IBaseResource)} may be called from several threads at once.
 *
 * <pre>{@code
 * UsCoreValidator validator = UsCoreValidator.fromPackageCache(UsCoreValidator.defaultPackageCache(),
 *         UsCoreVersion.V6_1_0);
 * ValidationReport report = validator.validate(new FhirBundleMapper().transaction(patient));
 * if (!report.isValid()) {
 *     System.err.println(report.describeErrors());
 * }
 * }</pre>
 */
public final class UsCoreValidator {

    private final FhirContext context;
    private final FhirValidator validator;
    private final UsCoreVersion version;

    private UsCoreValidator(FhirContext context, FhirValidator validator, UsCoreVersion version) {
        this.context = context;
        this.validator = validator;
        this.version = version;
    }

    /** The user's FHIR package cache: {@code ~/.fhir/packages}. */
    public static Path defaultPackageCache() {
        return Path.of(System.getProperty("user.home"), ".fhir", "packages");
    }

    /**
     * A validator for a US Core release, with the packages read from a folder in package-cache layout.
     *
     * @param packageCache a folder holding {@code hl7.fhir.us.core#<version>/package} and, for 6.1.0,
     *     {@code hl7.terminology.r4#5.3.0/package} and {@code hl7.fhir.uv.extensions.r4#1.0.0/package}
     * @throws org.synthhealth.core.InvalidInputException when a package is missing
     */
    public static UsCoreValidator fromPackageCache(Path packageCache, UsCoreVersion version) {
        FhirContext context = FhirContext.forR4Cached();
        List<Path> folders = PackageFolders.forRelease(packageCache, version);
        ValidationSupportChain chain = new ValidationSupportChain(
                ValidationSupportChain.CacheConfiguration.defaultValues(),
                new DefaultProfileValidationSupport(context),
                PackageLoader.load(context, folders),
                new InMemoryTerminologyServerValidationSupport(context),
                new CommonCodeSystemsTerminologyService(context),
                new SnapshotGeneratingValidationSupport(context));
        FhirInstanceValidator module = new FhirInstanceValidator(chain);
        module.setErrorForUnknownProfiles(true);
        module.setAnyExtensionsAllowed(false);
        FhirValidator validator = context.newValidator().registerValidatorModule(module);
        validator.setConcurrentBundleValidation(false);
        return new UsCoreValidator(context, validator, version);
    }

    /** The US Core release validated against. */
    public UsCoreVersion version() {
        return version;
    }

    /** Validates a resource or a bundle (with every entry) against the profiles its resources claim. */
    public ValidationReport validate(IBaseResource resource) {
        ValidationResult result = validator.validateWithResult(resource);
        List<ValidationIssue> issues = new ArrayList<>();
        for (SingleValidationMessage message : result.getMessages()) {
            issues.add(OfflineVsacClass.classify(message));
        }
        if (resource instanceof Bundle bundle) {
            issues = ProfileMatchCascade.reclassify(bundle, issues);
        }
        List<ValidationIssue> all = new ArrayList<>(issues);
        all.addAll(cdcChecks(resource));
        return new ValidationReport(all);
    }

    /** Validates a resource or bundle given as FHIR JSON. */
    public ValidationReport validate(String json) {
        return validate(context.newJsonParser().parseResource(json));
    }

    private static List<ValidationIssue> cdcChecks(IBaseResource resource) {
        List<ValidationIssue> issues = new ArrayList<>();
        if (resource instanceof Patient patient) {
            issues.addAll(CdcRaceEthnicityCheck.check(patient, "Patient"));
        } else if (resource instanceof Bundle bundle) {
            for (int i = 0; i < bundle.getEntry().size(); i++) {
                if (bundle.getEntry().get(i).getResource() instanceof Patient patient) {
                    issues.addAll(CdcRaceEthnicityCheck.check(patient, "Bundle.entry[" + i + "].resource"));
                }
            }
        }
        return issues;
    }
}
