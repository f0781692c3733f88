package org.synthhealth.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthhealth.core.AgeBand;
import org.synthhealth.core.ClinicalComplexity;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.CohortSpecBuilder;
import org.synthhealth.core.DataQuality;
import org.synthhealth.core.InvalidInputException;
import org.synthhealth.core.InteropFormat;
import org.synthhealth.core.MigrationSettings;
import org.synthhealth.core.MigrationStrategy;
import org.synthhealth.core.RaceCategory;
import org.synthhealth.core.Requirements;
import org.synthhealth.core.TableFormat;
import org.synthhealth.core.model.AlcoholUse;
import org.synthhealth.core.model.Education;
import org.synthhealth.core.model.Employment;
import org.synthhealth.core.model.Housing;
import org.synthhealth.core.model.Sex;
import org.synthhealth.core.model.SmokingStatus;

class CohortSpecYamlRoundTripTest {

    /** A spec in which every field differs from the builder's default. */
    static CohortSpec everythingChanged() {
        return CohortSpec.builder()
                .patients(1234)
                .seed(-987654321012L)
                .outputDir(Path.of("fixtures", "run 1"))
                .outputFormat(TableFormat.PARQUET)
                .interopFormats(EnumSet.of(InteropFormat.HL7, InteropFormat.VISTA))
                .referenceDate(LocalDate.of(2024, 2, 29))
                .ageDistribution(ordered(new AgeBand(0, 9), 0.1, new AgeBand(10, 64), 0.7, new AgeBand(65, 120), 0.2))
                .genderDistribution(ordered(Sex.FEMALE, 0.7, Sex.MALE, 0.3))
                .raceDistribution(ordered(RaceCategory.ASIAN, 0.25, RaceCategory.HISPANIC, 0.25,
                        RaceCategory.PACIFIC_ISLANDER, 0.5))
                .smokingDistribution(ordered(SmokingStatus.CURRENT, 1.0))
                .alcoholDistribution(ordered(AlcoholUse.HEAVY, 0.0001, AlcoholUse.NEVER, 0.9999))
                .educationDistribution(ordered(Education.HIGH_SCHOOL, 0.5, Education.DOCTORATE, 0.5))
                .employmentDistribution(ordered(Employment.RETIRED, 0.3, Employment.STUDENT, 0.7))
                .housingDistribution(ordered(Housing.ASSISTED_LIVING, 0.6, Housing.STABLE, 0.4))
                .conditionPrevalence(Map.of("diabetes", 0.12, "hypertension", 0.333))
                .clinicalComplexity(ClinicalComplexity.HIGH)
                .terminologySystems(Map.of("conditions", List.of("snomed", "icd9"),
                        "procedures", List.of("cpt", "snomed")))
                .dataQuality(new DataQuality(0.5, 0.125, "low"))
                .errorPatterns(Map.of("medication_errors", Map.of("dosage_corruption", 0.03, "drug_interaction", 0.02),
                        "demographic_errors", Map.of("missing_fields", 1e-5)))
                .concurrentWorkers(3)
                .batchSize(77)
                .memoryLimitMb(2048)
                .reportFile(Path.of("reports/generation.txt"))
                .migrationSettings(new MigrationSettings("vista", "oracle_health",
                        Map.of("extract", 0.5, "transform", 0.6, "validate", 0.7, "load", 0.8), 0.1, 0.2, 0.3,
                        Map.of("extract_timeout", 30, "transform_memory_limit", 2048, "validate_strict_mode", true,
                                "load_batch_size", 50, "retry_limit", 5, "batch_failure_threshold", 0.25,
                                "on_batch_failure", "abandon", "batch_retries", 0, "rollback_threshold", 0.75)))
                .simulateMigration(true)
                .migrationStrategy(MigrationStrategy.BIG_BANG)
                .migrationReport(Path.of("migration.txt"))
                .requirements(new Requirements(List.of("diabetes", "E11.9"), Optional.of(40), Optional.of(70),
                        Optional.of(Sex.FEMALE), Optional.of(false)))
                .build();
    }

    @Test
    void writesEveryFieldSoThatItReadsBackEqual() {
        CohortSpec spec = everythingChanged();

        String yaml = CohortSpecWriter.toYaml(spec);
        CohortSpec back = CohortSpecReader.readBuilder(yaml, "written.yaml").build();

        assertThat(back).as(yaml).isEqualTo(spec);
    }

    @Test
    void everyFieldOfTheRoundTripSpecDiffersFromTheDefault() {
        CohortSpec defaults = CohortSpec.builder().build();
        CohortSpec changed = everythingChanged();

        for (var component : CohortSpec.class.getRecordComponents()) {
            Object a = invoke(component, defaults);
            Object b = invoke(component, changed);
            assertThat(b).as(component.getName()).isNotEqualTo(a);
        }
    }

    @Test
    void roundTripsTheDefaults() {
        CohortSpec spec = CohortSpec.builder().build();

        assertThat(CohortSpecReader.readBuilder(CohortSpecWriter.toYaml(spec), "d.yaml").build()).isEqualTo(spec);
    }

    @Test
    void leavesOutConcurrentWorkersWhenNotSetSoTheTextIsTheSameOnEveryMachine() {
        CohortSpec spec = CohortSpec.builder().seed(1).build();

        String yaml = CohortSpecWriter.toYaml(spec);

        assertThat(yaml).doesNotContain("concurrent_workers");
        assertThat(CohortSpecReader.readBuilder(yaml, "written.yaml").build()).isEqualTo(spec);
    }

    @Test
    void writesTheSameTextForTheSameSpec() {
        String first = CohortSpecWriter.toYaml(everythingChanged());

        assertThat(CohortSpecWriter.toYaml(everythingChanged())).isEqualTo(first);
    }

    @Test
    void pathsThatYamlWouldReadAsSomethingElseAreQuotedAndReadBackAsWritten() {
        for (String name : List.of(".nan", ".NaN", "-.inf", "+.Inf", ".inf", "true", "null", "1e3", "0x1F", "012",
                "yes", "# not a comment", "a: b", "- item", "@at", "`tick", "'single'", "\"double\"", "tab\there")) {
            CohortSpec spec = CohortSpec.builder().outputDir(Path.of(name)).reportFile(Path.of(name + ".txt")).build();

            CohortSpec read = CohortSpecReader.readBuilder(CohortSpecWriter.toYaml(spec), "spec.yaml").build();

            assertThat(read.outputDir()).as(name).isEqualTo(Path.of(name));
            assertThat(read.reportFile()).as(name).contains(Path.of(name + ".txt"));
        }
    }

    @Test
    void aPathBuiltInCodeThatStartsWithATildeIsRefusedRatherThanWrittenAsTheHomeFolder() {
        CohortSpecBuilder spec = CohortSpec.builder().outputDir(Path.of("~/x"));

        assertThatThrownBy(spec::build).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("output_dir (outputDir): ~/x would be a folder literally named ~");
    }

    @Test
    void writingOntoAFolderSaysWhy(@TempDir Path dir) {
        assertThatThrownBy(() -> CohortSpecWriter.write(CohortSpec.builder().build(), dir))
                .isInstanceOf(java.io.UncheckedIOException.class).hasMessageStartingWith(dir.toString())
                .hasMessageContaining("directory");
    }

    @Test
    void writesAFileThatReadsBackEqual(@TempDir Path dir) {
        Path file = dir.resolve("spec.yaml");

        CohortSpecWriter.write(everythingChanged(), file);

        assertThat(CohortSpecReader.read(file)).isEqualTo(everythingChanged());
        assertThat(dir.toFile().list()).containsExactly("spec.yaml");
    }

    @Test
    void writesDecimalsWithoutExponents() {
        String yaml = CohortSpecWriter.toYaml(everythingChanged());

        assertThat(yaml).contains("missing_fields: 0.00001\n").doesNotContainPattern("\\d[eE][-+]?\\d");
    }

    private static Object invoke(java.lang.reflect.RecordComponent component, CohortSpec spec) {
        try {
            return component.getAccessor().invoke(spec);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <K> Map<K, Double> ordered(Object... pairs) {
        Map<K, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((K) pairs[i], (Double) pairs[i + 1]);
        }
        return map;
    }

}
