package org.synthhealth.core.format.fhir;

/**
 * The US Core Implementation Guide release whose profiles the exported resources claim in {@code meta.profile}.
 *
 * <p>{@link #V6_1_0} is the default. {@link #V3_1_1} is offered for systems certified against the older release; it
 * has no profile of its own for most vital signs, so those resources claim the FHIR core vital-signs profiles that
 * US Core 3.1.1 points to.
 */
public enum UsCoreVersion {
    /** US Core 3.1.1 (FHIR R4, 2020). */
    V3_1_1("3.1.1"),
    /** US Core 6.1.0 (FHIR R4, 2023). The default. */
    V6_1_0("6.1.0");

    private final String version;

    UsCoreVersion(String version) {
        this.version = version;
    }

    /** The release number as written in the package name, for example {@code 6.1.0}. */
    public String version() {
        return version;
    }

    /** The FHIR package id and version, as a package-cache folder is named: {@code hl7.fhir.us.core#6.1.0}. */
    public String packageFolderName() {
        return "hl7.fhir.us.core#" + version;
    }
}
