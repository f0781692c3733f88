package org.synthhealth.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.TableFormat;

/**
 * {@code output_format} without {@code formats} writes only those tables (and the VistA globals a migration reads);
 * {@code formats} writes exactly the list; the YAML written back keeps the choice.
 */
class OutputFormatYamlTest {

    private static CohortSpec read(String yaml) {
        return CohortSpecReader.readBuilder(yaml, "config.yaml").build();
    }

    @Test
    void outputFormatCsvAloneWritesOnlyTheCsvTables() {
        assertThat(FormatList.of(read("output_format: csv\n"))).containsExactly("csv");
    }

    @Test
    void outputFormatParquetAloneWritesOnlyTheParquetTables() {
        assertThat(FormatList.of(read("output_format: parquet\n"))).containsExactly("parquet");
    }

    @Test
    void outputFormatBothAloneWritesEveryFormatAsWithNoChoice() {
        assertThat(FormatList.of(read("output_format: both\n")))
                .containsExactly("csv", "parquet", "fhir", "hl7", "vista");
    }

    @Test
    void outputFormatWithSimulateMigrationAlsoWritesTheVistaGlobals() {
        CohortSpec spec = read("output_format: parquet\nsimulate_migration: true\n");

        assertThat(FormatList.of(spec)).containsExactly("parquet", "vista");
        assertThat(spec.writesVistaForMigration()).isTrue();
    }

    @Test
    void outputFormatWithAGtmVistaSourceWritesNoVistaGlobals() {
        CohortSpec spec = read("""
                output_format: csv
                simulate_migration: true
                migration_settings:
                  vista_source:
                    type: gtm
                    global_directory: /srv/vista/synth.gld
                """);

        assertThat(FormatList.of(spec)).containsExactly("csv");
    }

    @Test
    void formatsAreWrittenAsListedWithAnAgreeingOutputFormat() {
        CohortSpec spec = read("output_format: csv\nformats: [csv, fhir]\nsimulate_migration: true\n");

        assertThat(FormatList.of(spec)).containsExactly("csv", "fhir");
    }

    @Test
    void aTableChoiceIsWrittenBackAsOutputFormatAndReadsBackEqual() {
        CohortSpec spec = CohortSpec.builder().outputFormat(TableFormat.CSV).simulateMigration(true).build();

        String yaml = CohortSpecWriter.toYaml(spec);
        CohortSpec back = read(yaml);

        assertThat(yaml).contains("\noutput_format: csv\n").doesNotContain("formats:");
        assertThat(back).as(yaml).isEqualTo(spec);
        assertThat(FormatList.of(back)).containsExactly("csv", "vista");
    }

    @Test
    void theDefaultIsWrittenBackAsOutputFormatBoth() {
        String yaml = CohortSpecWriter.toYaml(CohortSpec.builder().build());

        assertThat(yaml).contains("\noutput_format: both\n").doesNotContain("formats:");
    }

    @Test
    void theFingerprintDoesNotDependOnHowTheFormatsWereChosen() {
        CohortSpec listed = read("formats: [csv, vista]\n");
        CohortSpec tablesOnly = read("output_format: csv\n");

        assertThat(CohortFingerprint.of(tablesOnly)).isEqualTo(CohortFingerprint.of(listed))
                .isEqualTo(CohortFingerprint.of(CohortSpec.builder().build()));
    }
}
