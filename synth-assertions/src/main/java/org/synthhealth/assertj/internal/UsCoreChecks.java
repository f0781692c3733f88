package org.synthhealth.assertj.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hl7.fhir.r4.model.Bundle;
import org.synthhealth.core.format.fhir.UsCoreValidator;
import org.synthhealth.core.format.fhir.UsCoreVersion;
import org.synthhealth.core.format.fhir.ValidationIssue;

/**
 * US Core conformance behind {@code conformsToUsCore}, through the product's {@link UsCoreValidator}: one validator
 * per package cache and release, built on first use and shared by the whole run.
 */
public final class UsCoreChecks {

    /** The system property naming the FHIR package cache; {@code ~/.fhir/packages} when absent. */
    public static final String PACKAGES_PROPERTY = "synth.fhir.packages";

    private static final Map<String, UsCoreValidator> VALIDATORS = new ConcurrentHashMap<>();

    private UsCoreChecks() {
    }

    /**
     * The errors of validating every resource of the bundle against the US Core release, as
     * {@code location: text}; the offline VSAC binding class is left out (its codes are checked by the validator
     * against the CDC code system instead).
     */
    public static List<String> errors(Bundle bundle, String version) {
        return validator(version).validate(bundle).errors().stream().map(UsCoreChecks::describe).toList();
    }

    /** The release named by {@code version}, such as {@code 6.1.0}. */
    public static UsCoreVersion release(String version) {
        for (UsCoreVersion v : UsCoreVersion.values()) {
            if (v.version().equals(version)) {
                return v;
            }
        }
        throw new IllegalArgumentException("US Core " + version + " is not supported; use 6.1.0 or 3.1.1");
    }

    /** The package cache in use: {@code -Dsynth.fhir.packages}, else {@code ~/.fhir/packages}. */
    public static Path packageCache() {
        String configured = System.getProperty(PACKAGES_PROPERTY);
        return configured == null || configured.isBlank()
                ? UsCoreValidator.defaultPackageCache() : Path.of(configured);
    }

    private static UsCoreValidator validator(String version) {
        UsCoreVersion release = release(version);
        Path cache = packageCache().toAbsolutePath().normalize();
        return VALIDATORS.computeIfAbsent(cache + "|" + release,
                k -> UsCoreValidator.fromPackageCache(cache, release));
    }

    private static String describe(ValidationIssue issue) {
        return issue.location() + ": " + issue.message();
    }
}
