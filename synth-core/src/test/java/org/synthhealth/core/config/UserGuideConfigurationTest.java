package org.synthhealth.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.synthhealth.core.AgeBand;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.InteropFormat;
import org.synthhealth.core.MigrationStrategy;
import org.synthhealth.core.RaceCategory;
import org.synthhealth.core.TableFormat;
import org.synthhealth.core.model.Education;
import org.synthhealth.core.model.Housing;

class UserGuideConfigurationTest {

    private static Path guide(String name) {
        try {
            return Path.of(UserGuideConfigurationTest.class.getResource("/userguide/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Path> everyYamlBlockOfTheGuide() throws IOException {
        try (Stream<Path> files = Files.list(guide("snippets"))) {
            return files.sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("everyYamlBlockOfTheGuide")
    void readsEveryYamlBlockOfTheUserGuide(Path file) {
        CohortSpec spec = CohortSpecReader.read(file);

        assertThat(CohortSpecReader.readBuilder(CohortSpecWriter.toYaml(spec), "again").build()).isEqualTo(spec);
    }

    @Test
    void readsTheCompleteExample() {
        CohortSpec spec = CohortSpecReader.read(guide("complete.yaml"));

        assertThat(spec.numRecords()).isEqualTo(1000);
        assertThat(spec.seed()).contains(42L);
        assertThat(spec.outputDir()).isEqualTo(Path.of("healthcare_output"));
        assertThat(spec.outputFormat()).isEqualTo(TableFormat.BOTH);
        assertThat(spec.ageDistribution().weights()).containsEntry(new AgeBand(66, 120), 0.3).hasSize(4);
        assertThat(spec.raceDistribution().weight(RaceCategory.NATIVE_AMERICAN)).isEqualTo(0.03);
        assertThat(spec.educationDistribution().weight(Education.HIGH_SCHOOL)).isEqualTo(0.3);
        assertThat(spec.housingDistribution().weight(Housing.ASSISTED_LIVING)).isEqualTo(0.02);
        assertThat(spec.migrationSettings().successRates())
                .isEqualTo(Map.of("extract", 0.98, "transform", 0.95, "validate", 0.92, "load", 0.90));
        assertThat(spec.migrationSettings().dataCorruptionRate()).isEqualTo(0.01);
        assertThat(spec.migrationReport()).contains(Path.of("migration_analysis.txt"));
        assertThat(spec.reportFile()).contains(Path.of("generation_summary.txt"));
        assertThat(spec.simulateMigration()).isFalse();
    }

    @Test
    void readsTheMigrationTestExample() {
        CohortSpec spec = CohortSpecReader.read(guide("migration_test.yaml"));

        assertThat(spec.numRecords()).isEqualTo(500);
        assertThat(spec.simulateMigration()).isTrue();
        assertThat(spec.batchSize()).isEqualTo(50);
        assertThat(spec.migrationStrategy()).isEqualTo(MigrationStrategy.STAGED);
        assertThat(spec.migrationSettings().successRates()).containsEntry("load", 0.85);
        assertThat(spec.reportFile()).contains(Path.of("test_report.txt"));
    }

    @Test
    void readsTheInteropTestExample() {
        CohortSpec spec = CohortSpecReader.read(guide("interop_test.yaml"));

        assertThat(spec.seed()).contains(12345L);
        assertThat(spec.ageDistribution().categories()).extracting(AgeBand::label)
                .containsExactly("0-18", "19-40", "41-65", "66-120");
        assertThat(spec.raceDistribution().categories()).containsExactly(RaceCategory.WHITE, RaceCategory.BLACK,
                RaceCategory.ASIAN, RaceCategory.HISPANIC, RaceCategory.OTHER);
        assertThat(spec.interopFormats()).containsExactlyInAnyOrder(InteropFormat.values());
    }

    @Test
    void readsTheLargeDeploymentExample() {
        CohortSpec spec = CohortSpecReader.read(guide("large-deployment.yaml"));

        assertThat(spec.numRecords()).isEqualTo(50_000);
        assertThat(spec.outputFormat()).isEqualTo(TableFormat.PARQUET);
        assertThat(spec.concurrentWorkers()).isEqualTo(8);
        assertThat(spec.migrationStrategy()).isEqualTo(MigrationStrategy.PARALLEL);
    }

    @Test
    void keepsTheAdvancedMigrationKeysAsOptions() {
        CohortSpec spec = CohortSpecReader.read(guide("snippets/guide-07.yaml"));

        assertThat(spec.migrationSettings().options()).isEqualTo(Map.of("extract_timeout", 30,
                "transform_memory_limit", 2048, "validate_strict_mode", true, "load_batch_size", 50));
    }

    @Test
    void keepsTheTerminologySystemsAsGiven() {
        CohortSpec spec = CohortSpecReader.read(guide("snippets/guide-11.yaml"));

        assertThat(spec.terminologySystems()).containsEntry("conditions", List.of("icd10", "snomed", "icd9"))
                .containsEntry("procedures", List.of("cpt", "snomed"));
    }
}
