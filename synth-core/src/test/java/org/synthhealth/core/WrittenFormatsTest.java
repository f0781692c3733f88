package org.synthhealth.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthhealth.core.config.CohortSpecValidator;
import org.synthhealth.core.config.FormatList;
import org.synthhealth.core.format.table.Tables;
import org.synthhealth.core.migration.GtmSource;
import org.synthhealth.core.report.GenerationReport;

/**
 * Which formats a spec built in code writes: every format when nothing is chosen, only the chosen tables when only
 * {@code outputFormat} is set (plus the VistA globals a migration reads), exactly the list when
 * {@code interopFormats} is set.
 */
class WrittenFormatsTest {

    @TempDir
    Path dir;

    private static List<String> written(CohortSpecBuilder builder) {
        return FormatList.of(builder.build());
    }

    private static CohortSpecBuilder small() {
        return CohortSpec.builder().patients(5).seed(3);
    }

    @Test
    void writesEveryFormatWhenNothingIsChosen() {
        assertThat(written(CohortSpec.builder())).containsExactly("csv", "parquet", "fhir", "hl7", "vista");
    }

    @Test
    void csvAloneWritesOnlyTheTenCsvTables() throws IOException {
        CohortSpec spec = small().outputDir(dir).outputFormat(TableFormat.CSV).build();

        GenerationReport report = FixtureExport.of(spec).run();

        assertThat(files(dir)).as("files in %s", dir).isEqualTo(sorted(Tables.fileNames("csv")));
        assertThat(report.formats()).containsExactly("csv");
    }

    @Test
    void parquetAloneWritesOnlyTheParquetTables() {
        assertThat(written(CohortSpec.builder().outputFormat(TableFormat.PARQUET))).containsExactly("parquet");
    }

    @Test
    void bothAloneIsTheDefaultAndWritesEveryFormat() {
        assertThat(written(CohortSpec.builder().outputFormat(TableFormat.BOTH)))
                .containsExactly("csv", "parquet", "fhir", "hl7", "vista");
    }

    @Test
    void aTableChoiceWithAMigrationAlsoWritesTheVistaGlobalsItReadsAndSaysSo() throws IOException {
        CohortSpec spec = small().outputDir(dir).outputFormat(TableFormat.CSV).simulateMigration(true).build();

        GenerationReport report = FixtureExport.of(spec).run();

        assertThat(files(dir)).as("files in %s", dir)
                .isEqualTo(sorted(Tables.fileNames("csv"), List.of("vista_globals.mumps", "vista_globals.zwr")));
        assertThat(report.summary()).contains("Formats: csv, vista (the migration's source)\n");
        assertThat(spec.writesVistaForMigration()).isTrue();
    }

    @Test
    void aTableChoiceWithAMigrationFromGtmWritesNoVistaGlobals() {
        MigrationSettings gtm = GtmSource.of(Path.of("/srv/vista/synth.gld")).applyTo(MigrationSettings.defaults());

        CohortSpec spec = CohortSpec.builder().outputFormat(TableFormat.CSV).simulateMigration(true)
                .migrationSettings(gtm).build();

        assertThat(FormatList.of(spec)).containsExactly("csv");
        assertThat(spec.writesVistaForMigration()).isFalse();
    }

    @Test
    void noneWithAMigrationWritesOnlyTheVistaGlobals() {
        assertThat(written(CohortSpec.builder().outputFormat(TableFormat.NONE).simulateMigration(true)))
                .containsExactly("vista");
    }

    @Test
    void aFormatListIsWrittenExactlyWhateverTheMigration() {
        CohortSpecBuilder listed = CohortSpec.builder().interopFormats(Set.of(InteropFormat.FHIR))
                .outputFormat(TableFormat.PARQUET).simulateMigration(true);

        assertThat(written(listed)).containsExactly("parquet", "fhir");
        assertThat(listed.build().writesVistaForMigration()).isFalse();
    }

    @Test
    void toBuilderKeepsTheTableChoiceSoTheMigrationStillDecidesAboutVista() {
        CohortSpec csvOnly = CohortSpec.builder().outputFormat(TableFormat.CSV).build();

        CohortSpec migrated = csvOnly.toBuilder().simulateMigration(true).build();

        assertThat(FormatList.of(csvOnly)).containsExactly("csv");
        assertThat(FormatList.of(migrated)).containsExactly("csv", "vista");
        assertThat(FormatList.of(migrated.toBuilder().simulateMigration(false).build())).containsExactly("csv");
    }

    @Test
    void refusesNoneWithoutAFormatListNamingOutputFormatAndTheFix() {
        CohortSpec nothing = CohortSpec.builder().outputFormat(TableFormat.NONE).build();

        assertThatThrownBy(() -> CohortSpecValidator.validate(nothing)).isInstanceOf(InvalidInputException.class)
                .hasMessage("output_format: is none and no formats are listed, so nothing would be written; choose "
                        + "csv, parquet or both (--csv, --parquet, --both), or list the formats to write "
                        + "(formats: [fhir, hl7] or --formats fhir,hl7)");
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(f -> root.relativize(f).toString()).sorted().toList();
        }
    }

    @SafeVarargs
    private static List<String> sorted(List<String>... groups) {
        return Stream.of(groups).flatMap(List::stream).sorted().toList();
    }
}
