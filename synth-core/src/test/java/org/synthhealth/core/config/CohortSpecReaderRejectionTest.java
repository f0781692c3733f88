package org.synthhealth.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.synthhealth.core.config.YamlRejection.rejection;

import org.junit.jupiter.api.Test;
import org.synthhealth.core.InvalidInputException;

class CohortSpecReaderRejectionTest {

    @Test
    void rejectsDistributionThatDoesNotSumToOne() {
        String message = rejection("""
                num_records: 10
                age_dist:
                  0-18: 0.1
                  19-40: 0.2
                  41-65: 0.3
                  66-120: 0.3
                """);

        assertThat(message).isEqualTo("config.yaml:2: age_dist: values sum to 0.90, expected 1.0 (within 1e-6); "
                + "adjust the weights so they add up to 1");
    }

    @Test
    void weightsThatAddUpToAHundredAreToldToBeFractions() {
        String message = rejection("""
                gender_dist:
                  male: 50
                  female: 50
                """);

        assertThat(message).isEqualTo("config.yaml:1: gender_dist: values sum to 100.00, expected 1.0 (within 1e-6); "
                + "they look like percentages: write fractions (0.5 for 50 %)");
    }

    @Test
    void textWithoutASourceIsNamedAsTheConfiguration() {
        assertThatThrownBy(() -> CohortSpecReader.readBuilder("num_records: many\n", null))
                .isInstanceOf(InvalidInputException.class).message().startsWith("configuration:1: num_records:");
        assertThatThrownBy(() -> CohortSpecReader.readBuilder(null, "config.yaml"))
                .isInstanceOf(NullPointerException.class).hasMessage("yaml");
    }

    @Test
    void rejectsAConditionGivenTwiceInAnotherCase() {
        String message = rejection("""
                condition_prevalence:
                  diabetes: 0.2
                  DIABETES: 0.3
                """);

        assertThat(message).isEqualTo("config.yaml:3: condition_prevalence.DIABETES: repeats condition diabetes; give "
                + "each condition once");
    }

    @Test
    void aBandPastTheOldestAgeGetsItsFix() {
        assertThat(rejection("age_dist:\n  0-64: 0.5\n  65-130: 0.5\n")).isEqualTo("config.yaml:3: age_dist.65-130: "
                + "band reaches age 130; the oldest supported age is 120, so end the band at 120 (65-120)");
        assertThat(rejection("age_dist:\n  0-120: 1.0\n  121-130: 0\n")).isEqualTo("config.yaml:3: "
                + "age_dist.121-130: band reaches age 130; the oldest supported age is 120, so remove the band");
    }

    @Test
    void aGapOfOneAgeIsNamedAsThatAge() {
        String message = rejection("""
                age_dist:
                  0-17: 0.5
                  19-120: 0.5
                """);

        assertThat(message).isEqualTo("config.yaml:1: age_dist: no band covers age 18 (between 0-17 and 19-120); "
                + "start 19-120 at 18 so the bands are contiguous");
    }

    @Test
    void acceptsDistributionWithinTheTolerance() {
        String yaml = """
                gender_dist:
                  male: 0.4999999
                  female: 0.5
                """;

        assertThat(CohortSpecReader.readBuilder(yaml, "config.yaml").build().genderDistribution().categories())
                .hasSize(2);
    }

    @Test
    void showsEnoughDigitsWhenTheSumRoundsToOne() {
        String message = rejection("""
                gender_dist:
                  male: 0.4999
                  female: 0.5
                """);

        assertThat(message).contains("gender_dist: values sum to 0.9999,");
    }

    @Test
    void rejectsAReferenceDateOutsideTheSupportedYearsAtItsLine() {
        String message = rejection("""
                num_records: 5
                reference_date: 1900-01-01
                """);

        assertThat(message).isEqualTo("config.yaml:2: reference_date: 1900-01-01 is outside 1950-01-01 to "
                + "2199-12-31; histories reach back 120 years and VistA dates start in 1800, so choose a date in "
                + "that range");
    }

    @Test
    void rejectsNegativeWeight() {
        String message = rejection("""
                smoking_dist:
                  Never: 1.2
                  Former: -0.2
                """);

        assertThat(message).startsWith("config.yaml:3: smoking_dist.Former: weight is -0.2, must not be negative")
                .contains("use 0");
    }

    @Test
    void rejectsWeightWrittenAsNotANumberNamingItsPathAndTheFix() {
        String message = rejection("""
                num_records: 10
                gender_dist:
                  male: .nan
                  female: 0.5
                """);

        assertThat(message).isEqualTo("config.yaml:3: gender_dist.male: is .nan, not a finite number; weights must "
                + "be finite numbers between 0 and 1, such as 0.25");
    }

    @Test
    void rejectsInfiniteWeightOfAnAgeBand() {
        String message = rejection("""
                age_dist:
                  0-18: 0.5
                  19-120: -.Inf
                """);

        assertThat(message).isEqualTo("config.yaml:3: age_dist.19-120: is -.Inf, not a finite number; weights must "
                + "be finite numbers between 0 and 1, such as 0.25");
    }

    @Test
    void rejectsNotANumberOutsideADistributionNamingItsPath() {
        String message = rejection("""
                migration_settings:
                  success_rates:
                    extract: 0.9
                  network_failure_rate: .inf
                """);

        assertThat(message).isEqualTo("config.yaml:4: migration_settings.network_failure_rate: is .inf, not a finite "
                + "number; give a finite number in decimal digits");
    }

    @Test
    void rejectsUnknownCategoryListingTheAllowedOnes() {
        String message = rejection("""
                housing_dist:
                  Stable: 0.9
                  Castle: 0.1
                """);

        assertThat(message).startsWith("config.yaml:3: housing_dist.Castle: unknown category; use one of Stable, "
                + "Homeless, Temporary, Assisted Living");
    }

    @Test
    void matchesCategoryLabelsIgnoringCase() {
        String yaml = """
                education_dist:
                  high school: 0.5
                  BACHELOR: 0.5
                race_dist:
                  native_american: 1.0
                """;

        assertThat(CohortSpecReader.readBuilder(yaml, "config.yaml").build().educationDistribution().weights())
                .hasSize(2);
    }

    @Test
    void rejectsAgeBandsThatOverlap() {
        String message = rejection("""
                age_dist:
                  0-18: 0.5
                  15-40: 0.5
                """);

        assertThat(message).isEqualTo("config.yaml:1: age_dist: bands 0-18 and 15-40 overlap; start 15-40 at 19 so "
                + "each age falls in one band");
    }

    @Test
    void rejectsAgeBandsWithAGap() {
        String message = rejection("""
                age_dist:
                  41-65: 0.5
                  0-18: 0.25
                  21-40: 0.25
                """);

        assertThat(message).startsWith("config.yaml:1: age_dist: no band covers ages 19-20 (between 0-18 and 21-40)")
                .contains("start 21-40 at 19");
    }

    @Test
    void rejectsAgeBandWrittenBackwards() {
        assertThat(rejection("age_dist:\n  40-19: 1.0\n")).startsWith("config.yaml:2: age_dist.40-19: band ends "
                + "before it starts; write the younger age first, as 19-40");
    }

    @Test
    void rejectsUnknownKeySuggestingTheNearest() {
        String message = rejection("""
                seed: 1
                num_record: 100
                """);

        assertThat(message).isEqualTo("config.yaml:2: num_record: unknown key; did you mean num_records?");
    }

    @Test
    void rejectsUnknownNestedKeySuggestingTheNearest() {
        String message = rejection("""
                migration_settings:
                  source_system: vista
                  sucess_rates:
                    extract: 0.9
                """);

        assertThat(message).isEqualTo(
                "config.yaml:3: migration_settings.sucess_rates: unknown key; did you mean success_rates?");
    }

    @Test
    void rejectsWrongType() {
        String message = rejection("num_records: many\n");

        assertThat(message).isEqualTo("config.yaml:1: num_records: expected a whole number, got \"many\"; "
                + "write for example num_records: 100");
    }


    @Test
    void rejectsYamlSyntaxErrorNamingFileAndLine() {
        String message = rejection("""
                num_records: 10
                age_dist:
                  0-18: 0.5
                 19-40: 0.5
                """);

        assertThat(message).matches("config\\.yaml:[34]: YAML syntax error: .*; check the indentation .*");
    }

    @Test
    void rejectsDuplicateKeys() {
        assertThat(rejection("seed: 1\nseed: 2\n")).startsWith("config.yaml:2: ").contains("give each key once");
    }

    @Test
    void rejectsASecondYamlDocumentNamingWhereItStarts() {
        assertThat(rejection("num_records: 10\n---\nnum_records: 20\n")).isEqualTo(
                "config.yaml:3: a second YAML document starts here (after ---); keep every setting in one document");
    }

    @Test
    void rejectsAReportFileEndingWithASlash() {
        assertThat(rejection("seed: 1\nreport_file: reports/\n")).isEqualTo("config.yaml:2: report_file: "
                + "\"reports/\" ends with a slash, so it names a folder; give a file name such as reports/report.txt");
        assertThat(rejection("migration_report: ~someone/m.txt\n"))
                .startsWith("config.yaml:1: migration_report: \"~someone/m.txt\": only ~ and ~/ are expanded");
    }

    @Test
    void rejectsRateOutsideZeroToOne() {
        String message = rejection("""
                migration_settings:
                  success_rates:
                    extract: 0.98
                    load: 1.5
                """);

        assertThat(message).isEqualTo("config.yaml:4: migration_settings.success_rates.load: is 1.5, must lie "
                + "between 0 and 1; give a fraction such as 0.05 for 5%");
    }

    @Test
    void rejectsUnknownStrategy() {
        assertThat(rejection("migration_strategy: sideways\n")).isEqualTo(
                "config.yaml:1: migration_strategy: unknown value \"sideways\"; use one of staged, big_bang, parallel");
    }

    @Test
    void rejectsConflictingStrategies() {
        String message = rejection("""
                migration_settings:
                  migration_strategy: staged
                migration_strategy: parallel
                """);

        assertThat(message).startsWith("config.yaml:3: migration_strategy: is parallel but "
                + "migration_settings.migration_strategy is staged");
    }

    @Test
    void rejectsUnknownConditionSuggestingTheNearest() {
        assertThat(rejection("condition_prevalence:\n  diabetis: 0.1\n")).isEqualTo(
                "config.yaml:2: condition_prevalence.diabetis: unknown condition; did you mean diabetes?");
    }

    @Test
    void rejectsUnknownFormatInList() {
        assertThat(rejection("formats: [csv, xml]\n")).startsWith(
                "config.yaml:1: formats[1]: unknown format \"xml\"; use any of csv, parquet, fhir, hl7, vista");
    }

    @Test
    void rejectsReferenceDateThatIsNotADate() {
        assertThat(rejection("reference_date: 01/02/2025\n")).isEqualTo("config.yaml:1: reference_date: "
                + "\"01/02/2025\" is not a date; write it as YYYY-MM-DD, for example 2026-01-01");
    }

    @Test
    void rejectsRequirementsWithMaxAgeBelowMinAge() {
        assertThat(rejection("requirements:\n  min_age: 60\n  max_age: 40\n")).startsWith(
                "config.yaml:3: requirements.max_age: is 40, below min_age 60");
    }

    @Test
    void rejectsARequiredConditionThatCannotOccurBelowMaxAgeNamingFileLineAndPath() {
        String message = rejection("""
                num_records: 10
                requirements:
                  conditions:
                    - diabetes
                    - copd
                  max_age: 30
                """);

        assertThat(message).isEqualTo("config.yaml:5: requirements.conditions[1]: condition 'copd' is not diagnosed "
                + "before age 40 but max_age is 30; raise max_age to at least 40 or drop the condition");
    }

    @Test
    void rejectsARequiredConditionInAFlowListNamingItsLine() {
        String message = rejection("""
                num_records: 10
                requirements:
                  max_age: 12
                  conditions: [asthma, Hypertension]
                """);

        assertThat(message).startsWith("config.yaml:4: requirements.conditions[1]: condition 'Hypertension' is not "
                + "diagnosed before age 18 but max_age is 12");
    }

    @Test
    void rejectsOutputFormatThatContradictsFormats() {
        assertThat(rejection("output_format: csv\nformats: [parquet, fhir]\n")).startsWith(
                "config.yaml:1: output_format: is csv but formats lists tables parquet");
    }

    @Test
    void rejectsTopLevelThatIsNotAMapping() {
        assertThatThrownBy(() -> CohortSpecReader.readBuilder("- a\n- b\n", "config.yaml"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("config.yaml: the configuration must be a mapping");
    }

    @Test
    void rejectsAWrongTypeInsideANestedBlock() {
        assertThat(rejection("data_quality:\n  validation_strictness: extreme\n")).isEqualTo(
                "config.yaml:2: data_quality.validation_strictness: unknown value \"extreme\"; use one of low, "
                        + "medium, high");
    }

    @Test
    void rejectsARequiredConditionTheEngineCannotGive() {
        assertThat(rejection("requirements:\n  conditions: [diabetes, hypertensoin]\n")).isEqualTo(
                "config.yaml:2: requirements.conditions[1]: no known condition has the key, ICD-10-CM or SNOMED CT "
                        + "code or name \"hypertensoin\"; did you mean hypertension?");
    }
}
