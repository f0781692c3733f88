package org.synthhealth.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.synthhealth.core.config.YamlRejection.rejection;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.CohortSpecBuilder;
import org.synthhealth.core.InvalidInputException;
import org.synthhealth.core.MigrationSettings;
import org.synthhealth.core.migration.GtmSource;

/** {@code migration_settings.vista_source} names a live GT.M database, is checked like every key and round-trips. */
class VistaSourceSettingTest {

    private static CohortSpec read(String yaml) {
        return CohortSpecReader.readBuilder(yaml, "config.yaml").build();
    }

    @Test
    void readsAGtmSourceWithItsGlobalDirectoryAndInstallation() {
        CohortSpec spec = read("""
                migration_settings:
                  network_failure_rate: 0.1
                  vista_source:
                    type: gtm
                    global_directory: /srv/vista/synth.gld
                    gtm_dist: /opt/gtm
                """);

        assertThat(GtmSource.configuredIn(spec)).contains(
                GtmSource.of(Path.of("/srv/vista/synth.gld")).withGtmDist(Path.of("/opt/gtm")));
        assertThat(spec.migrationSettings().networkFailureRate()).isEqualTo(0.1);
    }

    @Test
    void defaultsToTheZwrFile() {
        CohortSpec explicit = read("""
                migration_settings:
                  vista_source:
                    type: zwr
                """);

        assertThat(GtmSource.configuredIn(explicit)).isEmpty();
        assertThat(GtmSource.configuredIn(CohortSpec.builder().build())).isEmpty();
        assertThat(explicit).isEqualTo(CohortSpec.builder().build());
    }

    @Test
    void aGlobalDirectoryAloneMeansGtm() {
        CohortSpec spec = read("""
                migration_settings:
                  vista_source:
                    global_directory: synth.gld
                """);

        assertThat(GtmSource.configuredIn(spec)).contains(GtmSource.of(Path.of("synth.gld")));
    }

    @Test
    void rejectsAnUnknownKeySuggestingTheNearest() {
        assertThat(rejection("""
                migration_settings:
                  vista_source:
                    type: gtm
                    global_directoy: synth.gld
                """)).isEqualTo("config.yaml:4: migration_settings.vista_source.global_directoy: unknown key; did you"
                + " mean global_directory?");
    }

    @Test
    void rejectsAnUnknownSourceType() {
        assertThat(rejection("""
                migration_settings:
                  vista_source:
                    type: cache
                """)).isEqualTo("config.yaml:3: migration_settings.vista_source.type: unknown source type \"cache\";"
                + " use zwr (the cohort's vista_globals.zwr, the default) or gtm (a live GT.M database)");
    }

    @Test
    void rejectsGtmWithoutAGlobalDirectory() {
        assertThat(rejection("""
                migration_settings:
                  vista_source:
                    type: gtm
                    gtm_dist: /opt/gtm
                """)).startsWith("config.yaml:2: migration_settings.vista_source: type gtm needs global_directory");
    }

    @Test
    void rejectsAMalformedSourceInASpecBuiltInCode() {
        CohortSpecBuilder spec = CohortSpec.builder().migrationSettings(new MigrationSettings("vista",
                "oracle_health", Map.of(), 0, 0, 0, Map.of("vista_source", Map.of("type", "gtm"))));

        assertThatThrownBy(spec::build).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("migration_settings.vista_source (migrationSettings): ");
    }

    @Test
    void writesTheSourceSoThatItReadsBackEqual() {
        CohortSpec spec = CohortSpec.builder().migrationSettings(GtmSource.of(Path.of("/srv/vista/synth.gld"))
                .withGtmDist(Path.of("/opt/gtm")).applyTo(MigrationSettings.defaults())).build();

        String yaml = CohortSpecWriter.toYaml(spec);

        assertThat(yaml).contains("""
                  vista_source:
                    type: "gtm"
                """.replace("\"", ""));
        assertThat(CohortSpecReader.readBuilder(yaml, "written.yaml").build()).as(yaml).isEqualTo(spec);
    }
}
