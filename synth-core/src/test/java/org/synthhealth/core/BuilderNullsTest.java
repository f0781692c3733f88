package org.synthhealth.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A null handed to a builder is refused at once, naming the setting, never as a NullPointerException later. */
class BuilderNullsTest {

    @Test
    void everySetterRefusesNullNamingTheYamlKeyAndTheMethod() {
        Map<String, Consumer<CohortSpecBuilder>> setters = new HashMap<>();
        setters.put("output_dir (outputDir)", b -> b.outputDir(null));
        setters.put("output_format (outputFormat)", b -> b.outputFormat(null));
        setters.put("formats (interopFormats)", b -> b.interopFormats(null));
        setters.put("reference_date (referenceDate)", b -> b.referenceDate(null));
        setters.put("condition_prevalence (conditionPrevalence)", b -> b.conditionPrevalence(null));
        setters.put("clinical_complexity (clinicalComplexity)", b -> b.clinicalComplexity(null));
        setters.put("terminology_systems (terminologySystems)", b -> b.terminologySystems(null));
        setters.put("data_quality (dataQuality)", b -> b.dataQuality(null));
        setters.put("error_patterns (errorPatterns)", b -> b.errorPatterns(null));
        setters.put("migration_settings (migrationSettings)", b -> b.migrationSettings(null));
        setters.put("migration_strategy (migrationStrategy)", b -> b.migrationStrategy(null));
        setters.put("requirements (requirements)", b -> b.requirements(null));

        setters.forEach((setting, setter) -> assertRefused(() -> setter.accept(CohortSpec.builder()),
                setting + ": is null; give a value, or leave the setting out to keep its default"));
    }

    @Test
    void nullsInsideMapsListsAndSetsAreRefusedNamingWhereTheyAre() {
        Map<String, Double> nullRate = new HashMap<>();
        nullRate.put("diabetes", null);
        Map<String, List<String>> nullSystem = Map.of("conditions", Arrays.asList("snomed", null));
        Map<String, Map<String, Double>> nullPattern = Map.of("demographic_errors", nullRate);
        Set<InteropFormat> nullFormat = new HashSet<>(Arrays.asList(InteropFormat.FHIR, null));

        assertRefused(() -> CohortSpec.builder().conditionPrevalence(nullRate),
                "condition_prevalence (conditionPrevalence): holds a null key or value (diabetes); give every key a "
                        + "value");
        assertRefused(() -> CohortSpec.builder().terminologySystems(nullSystem),
                "terminology_systems (terminologySystems).conditions: holds a null; give only values");
        assertRefused(() -> CohortSpec.builder().errorPatterns(nullPattern),
                "error_patterns (errorPatterns).demographic_errors: holds a null key or value (diabetes); give every "
                        + "key a value");
        assertRefused(() -> CohortSpec.builder().interopFormats(nullFormat),
                "formats (interopFormats): holds a null; give only values");
    }

    @Test
    void requirementsRefuseNullConditionsAndSex() {
        assertRefused(() -> Requirements.builder().conditions((String[]) null),
                "requirements.conditions (conditions): is null; give a value, or leave the setting out to keep its "
                        + "default");
        assertRefused(() -> Requirements.builder().conditions("diabetes", null),
                "requirements.conditions (conditions): holds a null; give only values");
        assertRefused(() -> Requirements.builder().sex(null), "requirements.sex (sex): is null; give a value, or "
                + "leave the setting out to keep its default");
    }

    @Test
    void copiesWhatItIsGivenSoLaterChangesDoNotReachTheSpec() {
        Map<String, List<String>> systems = new HashMap<>();
        List<String> conditions = new java.util.ArrayList<>(List.of("snomed"));
        systems.put("conditions", conditions);
        CohortSpec spec = CohortSpec.builder().terminologySystems(systems).build();

        conditions.add("icd9");
        systems.put("procedures", List.of("cpt"));

        assertThat(spec.terminologySystems()).isEqualTo(Map.of("conditions", List.of("snomed")));
    }

    private static void assertRefused(Executable call, String message) {
        assertThatThrownBy(call::execute).isInstanceOf(InvalidInputException.class).hasMessage(message);
    }
}
