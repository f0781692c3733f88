package org.synthhealth.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.synthhealth.core.AgeBand;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.CohortSpecBuilder;
import org.synthhealth.core.DataQuality;
import org.synthhealth.core.FixtureExport;
import org.synthhealth.core.InvalidInputException;
import org.synthhealth.core.MigrationSettings;
import org.synthhealth.core.format.csv.CsvFormat;
import org.synthhealth.core.model.Sex;

/**
 * A spec built in code is held to the same rules as one read from YAML, with the same one-line messages naming the
 * builder method instead of the line: {@code build()} refuses it at once, so no invalid spec reaches generation or the
 * YAML writer.
 */
class BuilderValidationTest {

    @Test
    void rejectsAGenderDistributionThatDoesNotSumToOneWhenBuilt() {
        CohortSpecBuilder spec = CohortSpec.builder().seed(1).genderDistribution(Map.of(Sex.MALE, 0.5, Sex.FEMALE,
                0.3));

        assertThatThrownBy(spec::build).isInstanceOf(InvalidInputException.class)
                .hasMessage("gender_dist (genderDistribution): values sum to 0.80, expected 1.0 (within 1e-6); "
                        + "adjust the weights so they add up to 1");
    }

    @Test
    void rejectsAnAgeDistributionSummingToAHalfWithTheYamlMessage() {
        CohortSpecBuilder spec = CohortSpec.builder()
                .ageDistribution(Map.of(new AgeBand(0, 40), 0.25, new AgeBand(41, 120), 0.25));
        String yaml = YamlRejection.rejection("""
                age_dist:
                  0-40: 0.25
                  41-120: 0.25
                """);

        assertThatThrownBy(spec::build).isInstanceOf(InvalidInputException.class)
                .hasMessage("age_dist (ageDistribution): values sum to 0.50, expected 1.0 (within 1e-6); adjust the "
                        + "weights so they add up to 1");
        assertThat(yaml).isEqualTo("config.yaml:1: age_dist: values sum to 0.50, expected 1.0 (within 1e-6); adjust "
                + "the weights so they add up to 1");
    }

    @ParameterizedTest
    @MethodSource("settingsTheYamlCannotGive")
    void refusesWhatTheYamlWouldRefuseSoThatEverySpecWritesAsYamlThatReadsBack(ThrowingCallable build,
            String message) {
        assertThatThrownBy(build).isInstanceOf(InvalidInputException.class).hasMessage(message);
    }

    static Stream<Arguments> settingsTheYamlCannotGive() {
        CohortSpec base = CohortSpec.builder().patients(5).seed(1).build();
        return Stream.of(
                refused(() -> base.toBuilder().dataQuality(new DataQuality(0.5, 0.1, "extreme")).build(),
                        "data_quality.validation_strictness (dataQuality): unknown value \"extreme\"; use one of low, "
                                + "medium, high"),
                refused(() -> base.toBuilder().dataQuality(new DataQuality(2.0, 0.1, "high")).build(),
                        "data_quality.minimum_quality_score (dataQuality): is 2.0, must lie between 0 and 1; give a "
                                + "fraction such as 0.05 for 5%"),
                refused(() -> base.toBuilder().terminologySystems(Map.of("labs", List.of("loinc"))).build(),
                        "terminology_systems.labs (terminologySystems): unknown table; use any of conditions, "
                                + "medications, procedures, observations, immunizations"),
                refused(() -> base.toBuilder().terminologySystems(Map.of("conditions", List.of("icd11"))).build(),
                        "terminology_systems.conditions (terminologySystems): unknown code system \"icd11\" for "
                                + "conditions; use any of icd10, snomed"),
                refused(() -> base.toBuilder().errorPatterns(Map.of("g", Map.of("p", 7.0))).build(),
                        "error_patterns.g.p (errorPatterns): is 7.0, must lie between 0 and 1; give a fraction such "
                                + "as 0.05 for 5%"),
                refused(() -> base.toBuilder().outputDir(Path.of("")).build(),
                        "output_dir (outputDir): is empty; give a folder such as out"),
                refused(() -> base.toBuilder().migrationSettings(new MigrationSettings("foo", "oracle_health",
                        MigrationSettings.defaults().successRates(), 0, 0, 0, Map.of())).build(),
                        "migration_settings.source_system (migrationSettings): unknown system \"foo\"; the "
                                + "simulation supports vista"),
                refused(() -> base.toBuilder().migrationSettings(new MigrationSettings("vista", "oracle_health",
                        Map.of("bogus", 0.5), 0, 0, 0, Map.of())).build(),
                        "migration_settings.success_rates.bogus (migrationSettings): unknown stage; use any of "
                                + "extract, transform, validate, load"),
                refused(() -> base.toBuilder().migrationSettings(new MigrationSettings("vista", "oracle_health",
                        Map.of(), 1.5, 0, 0, Map.of())).build(),
                        "migration_settings.network_failure_rate (migrationSettings): is 1.5, must lie between 0 and "
                                + "1; give a fraction such as 0.05 for 5%"),
                refused(() -> base.toBuilder().outputDir(Path.of("~", "x")).build(),
                        "output_dir (outputDir): ~/x would be a folder literally named ~, while YAML and the command "
                                + "line read ~ as your home folder; give the full path (or ./~/x for a folder of that "
                                + "name)"));
    }

    private static Arguments refused(ThrowingCallable build, String message) {
        return Arguments.of(build, message);
    }

    @Test
    void aWeightThatCanNeverBeSampledIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> CohortSpec.builder().genderDistribution(Map.of(Sex.MALE, Double.NaN)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("gender_dist (genderDistribution): weight of MALE is NaN; weights must be finite numbers "
                        + ">= 0");
        assertThatThrownBy(() -> CohortSpec.builder().ageDistribution(null)).isInstanceOf(InvalidInputException.class)
                .hasMessage("age_dist (ageDistribution): is null; give a map of each category to its weight");
    }

    @Test
    void strictnessInAnyCaseAndAFolderNamedTildeRoundTripThroughYaml() {
        CohortSpec spec = CohortSpec.builder().patients(5).seed(1).dataQuality(new DataQuality(0.5, 0.1, " HIGH"))
                .outputDir(Path.of("./~")).build();

        assertThat(CohortSpecReader.readBuilder(CohortSpecWriter.toYaml(spec), "w.yaml").build()).isEqualTo(spec);
        assertThat(spec.dataQuality().validationStrictness()).isEqualTo("high");
    }

    @Test
    void rejectsMoreWorkersThanTheLimit() {
        CohortSpecBuilder spec = CohortSpec.builder().patients(5).seed(1)
                .concurrentWorkers(CohortSpec.MAX_WORKERS + 1);

        assertThatThrownBy(spec::build).isInstanceOf(InvalidInputException.class)
                .hasMessage("concurrent_workers (concurrentWorkers): is 1025, above 1024; give a whole number from 1 "
                        + "to 1024");
    }

    @Test
    void rejectsNoWorkersGivingTheWholeRange() {
        CohortSpecBuilder spec = CohortSpec.builder().patients(5).seed(1).concurrentWorkers(0);

        assertThatThrownBy(spec::build).isInstanceOf(InvalidInputException.class)
                .hasMessage("concurrent_workers (concurrentWorkers): is 0, below 1; give a whole number from 1 to "
                        + "1024");
    }

    @Test
    void rejectsACohortWithoutPatients() {
        CohortSpecBuilder spec = CohortSpec.builder().patients(0).seed(1);

        assertThatThrownBy(spec::build).isInstanceOf(InvalidInputException.class)
                .hasMessage("num_records (patients): is 0, must be at least 1; give a whole number >= 1");
    }

    @Test
    void rejectsAReferenceDateBeforeHistoriesCanBeWritten() {
        CohortSpecBuilder spec = CohortSpec.builder().seed(1).referenceDate(LocalDate.of(1800, 1, 1));

        assertThatThrownBy(spec::build).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("reference_date (referenceDate): 1800-01-01 is outside 1950-01-01 to "
                        + "2199-12-31");
    }

    @Test
    void rejectsOverlappingAgeBandsNamingTheBuilderKeyAndTheFix() {
        CohortSpecBuilder spec = CohortSpec.builder().seed(1)
                .ageDistribution(Map.of(new AgeBand(0, 30), 0.5, new AgeBand(20, 40), 0.5));

        assertThatThrownBy(spec::build).isInstanceOf(InvalidInputException.class)
                .hasMessage("age_dist (ageDistribution): bands 0-30 and 20-40 overlap; start 20-40 at 31 so each age "
                        + "falls in one band");
    }

    @Test
    void rejectsAGapBetweenAgeBands() {
        CohortSpecBuilder spec = CohortSpec.builder()
                .ageDistribution(Map.of(new AgeBand(0, 18), 0.5, new AgeBand(30, 40), 0.5));

        assertThatThrownBy(spec::build).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("age_dist (ageDistribution): no band covers ages 19-29");
    }

    @Test
    void rejectsAnAgeBandPastTheOldestAgeWhenTheBandIsMade() {
        assertThatThrownBy(() -> new AgeBand(5, 300)).isInstanceOf(InvalidInputException.class)
                .hasMessage("age band 5-300: band reaches age 300; the oldest supported age is 120, so end the band "
                        + "at 120 (5-120)");
        assertThatThrownBy(() -> new AgeBand(40, 20)).isInstanceOf(InvalidInputException.class)
                .hasMessage("age band 40-20: band ends before it starts; write the younger age first, as 20-40");
        assertThatThrownBy(() -> new AgeBand(-1, 20)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("age band -1-20: band starts at age -1; ages start at 0");
    }

    @Test
    void rejectsAnUnknownConditionPrevalenceSuggestingTheNearestKey() {
        CohortSpecBuilder spec = CohortSpec.builder().seed(1).conditionPrevalence(Map.of("diabetis", 0.5));

        assertThatThrownBy(spec::build).isInstanceOf(InvalidInputException.class)
                .hasMessage("condition_prevalence.diabetis (conditionPrevalence): unknown condition; did you mean "
                        + "diabetes?");
    }

    @Test
    void rejectsAPrevalenceAboveOne() {
        CohortSpecBuilder spec = CohortSpec.builder().seed(1).conditionPrevalence(Map.of("diabetes", 2.0));

        assertThatThrownBy(spec::build).isInstanceOf(InvalidInputException.class)
                .hasMessage("condition_prevalence.diabetes (conditionPrevalence): is 2.0, must lie between 0 and 1; "
                        + "give a fraction such as 0.05 for 5%");
    }

    @Test
    void rejectsANegativePatientCountAndAZeroBatchSize() {
        CohortSpecBuilder negative = CohortSpec.builder().patients(-1);
        CohortSpecBuilder noBatch = CohortSpec.builder().batchSize(0);

        assertThatThrownBy(negative::build).isInstanceOf(InvalidInputException.class)
                .hasMessage("num_records (patients): is -1, must be at least 1; give a whole number >= 1");
        assertThatThrownBy(noBatch::build).isInstanceOf(InvalidInputException.class)
                .hasMessage("batch_size (batchSize): is 0, must be at least 1; give a whole number >= 1");
    }

    @Test
    void rejectsAValidSpecMadeInvalidThroughToBuilder() {
        CohortSpec valid = CohortSpec.builder().patients(5).seed(1).build();

        assertThatThrownBy(() -> valid.toBuilder().patients(0).build()).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("num_records (patients): is 0");
    }

    @Test
    void rejectsAMigrationOptionOutOfRange() {
        CohortSpecBuilder spec = CohortSpec.builder().migrationSettings(new MigrationSettings("vista",
                "oracle_health", Map.of(), 0, 0, 0, Map.of("rollback_threshold", 1.5)));

        assertThatThrownBy(spec::build).isInstanceOf(InvalidInputException.class)
                .hasMessage("migration_settings.rollback_threshold (migrationSettings): is 1.5, must lie between 0 "
                        + "and 1; give a fraction such as 0.5");
    }

    @Test
    void rejectsAReportPathThatIsADirectoryBeforeWritingAnything(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("out/report.txt"));
        CohortSpec spec = CohortSpec.builder().patients(3).seed(1).outputDir(dir.resolve("out"))
                .reportFile(Path.of("report.txt")).build();

        assertThatThrownBy(() -> FixtureExport.of(spec).formats(List.of(new CsvFormat())).run())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("report_file (--report-file):").hasMessageContaining("is a directory");
        try (var files = Files.list(dir.resolve("out"))) {
            assertThat(files).containsExactly(dir.resolve("out/report.txt"));
        }
    }
}
