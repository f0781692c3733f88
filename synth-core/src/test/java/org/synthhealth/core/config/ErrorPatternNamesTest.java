package org.synthhealth.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.CohortSpec;

/** A misspelt error pattern is accepted (any name strikes as a generic corruption) but named in a note. */
class ErrorPatternNamesTest {

    @Test
    void aMisspeltPatternIsNamedWithTheOneMeant() {
        CohortSpec spec = CohortSpec.builder().errorPatterns(Map.of("medication_errors",
                Map.of("dosage_corrupton", 0.03))).build();

        assertThat(CohortSpecValidator.unknownErrorPatterns(spec)).containsExactly("error_patterns.medication_errors."
                + "dosage_corrupton is not one of the named patterns, so it strikes as a generic corruption (a "
                + "truncated name, a shifted date, a dropped or wrong code); did you mean dosage_corruption?");
    }

    @Test
    void anUnrelatedNameListsTheNamedPatterns() {
        CohortSpec spec = CohortSpec.builder().errorPatterns(Map.of("other", Map.of("gremlins", 0.1))).build();

        assertThat(CohortSpecValidator.unknownErrorPatterns(spec)).singleElement().asString()
                .endsWith("the named ones are dosage_corruption, drug_interaction, missing_fields, format_errors");
    }

    @Test
    void theUserGuidesPatternsGiveNoNote() {
        CohortSpec spec = CohortSpec.builder().errorPatterns(Map.of(
                "medication_errors", Map.of("dosage_corruption", 0.03, "drug_interaction", 0.02),
                "demographic_errors", Map.of("missing_fields", 0.05, "format_errors", 0.02))).build();

        assertThat(CohortSpecValidator.unknownErrorPatterns(spec)).isEmpty();
    }
}
