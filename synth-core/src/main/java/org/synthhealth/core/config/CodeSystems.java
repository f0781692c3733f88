package org.synthhealth.core.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The code systems {@code terminology_systems} may name per table: those the product writes, and three the original
 * user guide lists that it never writes. ICD-9-CM, NDC and CPT are kept readable only beside a system the product
 * writes (the guide's example lists {@code procedures: ["cpt", "snomed"]} and {@code medications: ["rxnorm", "ndc"]});
 * a table that names nothing but them asks for codes that will never appear, and is refused.
 */
final class CodeSystems {

    /** The systems written per table, lower case, as the tables guide documents them. */
    static final Map<String, List<String>> WRITTEN;

    /** Why each system that is accepted but never written is missing, by table. */
    private static final Map<String, Map<String, String>> NOT_WRITTEN = Map.of(
            "conditions", Map.of("icd9", "ICD-9-CM is retired (replaced by ICD-10-CM in 2015) and is never written"),
            "medications", Map.of("ndc", "no NDC code is verified for the drugs written, so the ndc_code column "
                    + "stays empty"),
            "procedures", Map.of("cpt", "CPT is licensed by the AMA and is not shipped"));

    static {
        Map<String, List<String>> written = new LinkedHashMap<>();
        written.put("conditions", List.of("icd10", "snomed"));
        written.put("medications", List.of("rxnorm"));
        written.put("procedures", List.of("snomed"));
        written.put("observations", List.of("loinc"));
        written.put("immunizations", List.of("cvx"));
        WRITTEN = Collections.unmodifiableMap(written);
    }

    private CodeSystems() {
    }

    /** Every system {@code table} may name: the written ones, then those kept for the guide's sake. */
    static List<String> accepted(String table) {
        List<String> accepted = new ArrayList<>(WRITTEN.getOrDefault(table, List.of()));
        accepted.addAll(NOT_WRITTEN.getOrDefault(table, Map.of()).keySet().stream().sorted().toList());
        return accepted;
    }

    /** Why {@code system} is never written for {@code table}; empty when it is written, or unknown there. */
    static Optional<String> whyNotWritten(String table, String system) {
        return Optional.ofNullable(NOT_WRITTEN.getOrDefault(table, Map.of()).get(system));
    }

    /** Whether {@code systems} names some system for {@code table} but none the product writes. */
    static boolean namesNothingWritten(String table, List<String> systems) {
        List<String> written = WRITTEN.getOrDefault(table, List.of());
        return !systems.isEmpty() && systems.stream().noneMatch(written::contains);
    }

    /** The refusal of a table whose first system, {@code system}, and every other one are never written. */
    static String onlyUnwritten(String table, String system) {
        return system + " is not supported: " + whyNotWritten(table, system).orElse("it is never written") + "; "
                + table + " are coded in " + String.join(" and ", WRITTEN.get(table)) + ", so use any of "
                + String.join(", ", WRITTEN.get(table));
    }

    /** The refusal of a system not among those {@code table} accepts; the fix names only the written ones. */
    static String unknown(String table, String system) {
        return "unknown code system \"" + system + "\" for " + table + "; use any of "
                + String.join(", ", WRITTEN.get(table));
    }
}
