package org.synthhealth.core.format.fhir.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Type;
import org.synthhealth.core.format.fhir.ValidationIssue;

/**
 * Checks a Patient's race, ethnicity and birth-sex codes without the VSAC value sets that cannot be expanded offline:
 * race and ethnicity codings must come from the CDC Race and Ethnicity code system (the 966 codes shipped as
 * {@code cdc-race-ethnicity-codes.txt}, generated from US Core 3.1.1's {@code CodeSystem-cdcrec.json}), OMB
 * categories must be one of the OMB codes, and birth sex must be F, M, UNK or ASKU.
 */
public final class CdcRaceEthnicityCheck {

    /** The CDC Race and Ethnicity code system. */
    public static final String SYSTEM = PatientResource.CDC_RACE_ETHNICITY;

    private static final String NULL_FLAVOR = "http://terminology.hl7.org/CodeSystem/v3-NullFlavor";
    private static final Set<String> OMB_RACE = Set.of("1002-5", "2028-9", "2054-5", "2076-8", "2106-3");
    private static final Set<String> OMB_ETHNICITY = Set.of("2135-2", "2186-5");
    private static final Set<String> NULL_FLAVORS = Set.of("UNK", "ASKU");
    private static final Set<String> BIRTH_SEX = Set.of("F", "M", "UNK", "ASKU");
    private static final Set<String> CODES = load();

    private CdcRaceEthnicityCheck() {
    }

    /** Every code of the CDC Race and Ethnicity code system, sorted. */
    public static Set<String> codes() {
        return CODES;
    }

    /** The problems with one Patient's race, ethnicity and birth-sex codes; {@code path} prefixes the locations. */
    public static List<ValidationIssue> check(Patient patient, String path) {
        List<ValidationIssue> issues = new ArrayList<>();
        for (int i = 0; i < patient.getExtension().size(); i++) {
            Extension extension = patient.getExtension().get(i);
            String at = path + ".extension[" + i + "]";
            String url = extension.getUrl();
            if (Profiles.usCore("us-core-race").equals(url)) {
                checkCategories(extension, OMB_RACE, at, issues);
            } else if (Profiles.usCore("us-core-ethnicity").equals(url)) {
                checkCategories(extension, OMB_ETHNICITY, at, issues);
            } else if (Profiles.usCore("us-core-birthsex").equals(url)) {
                String code = extension.getValue() == null ? null : extension.getValue().primitiveValue();
                if (!BIRTH_SEX.contains(code)) {
                    issues.add(error(at, "birth sex code '" + code + "' is not one of F, M, UNK, ASKU"));
                }
            }
        }
        return issues;
    }

    private static void checkCategories(Extension extension, Set<String> omb, String at, List<ValidationIssue> out) {
        for (int i = 0; i < extension.getExtension().size(); i++) {
            Extension part = extension.getExtension().get(i);
            String where = at + ".extension[" + i + "]";
            Type value = part.getValue();
            if (!(value instanceof Coding coding)) {
                continue;
            }
            boolean nullFlavor = NULL_FLAVOR.equals(coding.getSystem()) && NULL_FLAVORS.contains(coding.getCode());
            if ("ombCategory".equals(part.getUrl()) && !nullFlavor && !omb.contains(coding.getCode())) {
                out.add(error(where, "ombCategory code '" + coding.getCode() + "' is not an OMB category " + omb));
            } else if (!nullFlavor && (!SYSTEM.equals(coding.getSystem()) || !CODES.contains(coding.getCode()))) {
                out.add(error(where, "code '" + coding.getSystem() + "|" + coding.getCode()
                        + "' is not in the CDC Race and Ethnicity code system"));
            }
        }
    }

    private static ValidationIssue error(String location, String message) {
        return new ValidationIssue(ValidationIssue.Severity.ERROR, ValidationIssue.Category.CONFORMANCE, location,
                "CDC race and ethnicity check: " + message);
    }

    private static Set<String> load() {
        Set<String> codes = new TreeSet<>();
        try (InputStream in = CdcRaceEthnicityCheck.class.getResourceAsStream(
                "/org/synthhealth/core/format/fhir/cdc-race-ethnicity-codes.txt")) {
            if (in == null) {
                throw new IllegalStateException("cdc-race-ethnicity-codes.txt missing from the synth-core jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    codes.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return java.util.Collections.unmodifiableSet(codes);
    }
}
