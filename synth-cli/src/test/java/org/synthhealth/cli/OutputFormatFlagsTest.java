package org.synthhealth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.format.fhir.FhirFormat;

/**
 * The user guide's "Output CSV files only": {@code --csv} and {@code --parquet} (or {@code output_format}) without a
 * format list write only those tables, plus the VistA globals a migration reads; {@code --both} is the default;
 * {@code --formats} lists exactly what is written and replaces the YAML's choice.
 */
class OutputFormatFlagsTest {

    private static final List<String> CSV_TABLES = List.of("allergies.csv", "conditions.csv", "deaths.csv",
            "encounters.csv", "family_history.csv", "immunizations.csv", "medications.csv", "observations.csv",
            "patients.csv", "procedures.csv");
    private static final List<String> PARQUET_TABLES = CSV_TABLES.stream()
            .map(name -> name.replace(".csv", ".parquet")).toList();
    private static final List<String> VISTA_GLOBALS = List.of("vista_globals.mumps", "vista_globals.zwr");
    private static final String H2_TARGET = "oracle_health_target.mv.db";

    @TempDir
    Path dir;

    /** What a successful run left: its output directory, the files in it and the summary it printed. */
    private record Written(Path out, List<String> files, String summary) {
    }

    @Test
    void theUserGuidesCsvExampleWritesOnlyTheTenCsvTables() throws IOException {
        Written run = write("--num-records", "20", "--csv");

        assertThat(run.files()).isEqualTo(CSV_TABLES);
        assertThat(run.summary()).contains("\nFormats: csv\n");
    }

    @Test
    void parquetWritesOnlyTheTenParquetTables() throws IOException {
        assertThat(write("--num-records", "5", "--parquet").files()).isEqualTo(PARQUET_TABLES);
    }

    @Test
    void bothIsTheDefaultAndWritesWhatNoChoiceWrites() throws IOException {
        List<String> withoutChoice = write("--num-records", "5", "--seed", "1").files();

        assertThat(write("--num-records", "5", "--seed", "1", "--both").files()).isEqualTo(withoutChoice)
                .containsAll(CSV_TABLES).containsAll(PARQUET_TABLES).containsAll(VISTA_GLOBALS)
                .contains("hl7_messages_adt.hl7", "fhir_bundle.json");
    }

    @Test
    void yamlOutputFormatCsvAloneWritesOnlyTheTenCsvTables() throws IOException {
        Path config = yaml("num_records: 5\noutput_format: csv\n");

        assertThat(write("--config", config.toString()).files()).isEqualTo(CSV_TABLES);
    }

    @Test
    void aTableFlagReplacesTheYamlTableChoice() throws IOException {
        Path config = yaml("num_records: 5\noutput_format: parquet\n");

        assertThat(write("--config", config.toString(), "--csv").files()).isEqualTo(CSV_TABLES);
    }

    @Test
    void csvWithAMigrationAlsoWritesTheVistaGlobalsItReadsAndSaysSo() throws IOException {
        Written run = write("--num-records", "20", "--seed", "4", "--csv", "--simulate-migration");

        assertThat(run.files()).isEqualTo(sorted(CSV_TABLES, List.of(H2_TARGET), VISTA_GLOBALS));
        assertThat(run.summary()).contains("\nFormats: csv, vista (the migration's source)\n",
                "Migration (staged): 20 patients");
    }

    @Test
    void aFormatListWithoutVistaStillCountsTheGlobalsTheMigrationWritesAndReusesThemOnTheNextRun()
            throws IOException {
        Written first = write("--num-records", "20", "--seed", "4", "--formats", "csv", "--simulate-migration",
                "--report-file", "report.txt");

        assertThat(first.files()).isEqualTo(sorted(CSV_TABLES, List.of(H2_TARGET, "report.txt"), VISTA_GLOBALS));
        assertThat(first.summary()).contains("\nFormats: csv, vista (the migration's source)\n");
        assertThat(Files.readString(first.out().resolve("report.txt"))).contains("  vista_globals.zwr\n");

        CommandRun again = CommandRun.of("--num-records", "20", "--seed", "4", "--formats", "csv",
                "--simulate-migration", "--output-dir", first.out().toString());

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("\nFormats: csv\n", "Migration (staged): 20 patients");
    }

    @Test
    void csvWithAMigrationFromGtmWritesNoVistaGlobals() throws Exception {
        Path globals = write("--num-records", "20", "--seed", "9", "--formats", "vista").out();
        Path gld = GtmLoad.load(globals.resolve("vista_globals.zwr"), dir.resolve("db"));

        Written run = write("--num-records", "20", "--seed", "9", "--csv", "--simulate-migration", "--vista-gtm",
                gld.toString());

        assertThat(run.files()).isEqualTo(sorted(CSV_TABLES, List.of(H2_TARGET)));
        assertThat(run.summary()).contains("\nFormats: csv\n", "Migration (staged): 20 patients");
    }

    @Test
    void aTableFlagReplacesTheTablesOfTheYamlFormatList() throws IOException {
        Path config = yaml("num_records: 5\nformats: [csv, fhir]\n");
        List<String> fhir = new FhirFormat().fileNames(CohortSpec.builder().patients(5).build());

        assertThat(write("--config", config.toString(), "--parquet").files()).isEqualTo(sorted(PARQUET_TABLES, fhir));
    }

    @Test
    void theFormatsFlagReplacesTheYamlTableChoice() throws IOException {
        Path config = yaml("num_records: 5\noutput_format: csv\n");

        assertThat(write("--config", config.toString(), "--formats", "hl7").files())
                .isEqualTo(List.of("hl7_messages_adt.hl7", "hl7_messages_oru.hl7"));
    }

    @Test
    void refusesOutputFormatNoneWithoutAFormatListInOneLineAndWritesNothing() throws IOException {
        Path out = dir.resolve("nothing");
        Path config = yaml("num_records: 5\noutput_format: none\n");

        CommandRun run = CommandRun.of("--config", config.toString(), "--output-dir", out.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.errLines()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).startsWith("synth: output_format: is none and no formats are listed, so nothing "
                + "would be written; choose csv, parquet or both (--csv, --parquet, --both)");
        assertThat(out).doesNotExist();
    }

    /** Runs synth with {@code args} into a fresh output directory; fails the test unless the run succeeds. */
    private Written write(String... args) throws IOException {
        Path out = Files.createTempDirectory(dir, "out");
        List<String> withOutput = new ArrayList<>(List.of(args));
        withOutput.addAll(List.of("--output-dir", out.toString()));

        CommandRun run = CommandRun.of(withOutput.toArray(String[]::new));

        assertThat(run.exitCode()).as("synth %s: %s", withOutput, run.err()).isZero();
        return new Written(out, files(out), run.out());
    }

    private Path yaml(String text) throws IOException {
        return Files.writeString(dir.resolve("config.yaml"), text);
    }

    @SafeVarargs
    private static List<String> sorted(List<String>... groups) {
        return Stream.of(groups).flatMap(List::stream).sorted().toList();
    }

    /** Every regular file under {@code root}, relative and sorted. */
    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(f -> root.relativize(f).toString()).sorted().toList();
        }
    }
}
