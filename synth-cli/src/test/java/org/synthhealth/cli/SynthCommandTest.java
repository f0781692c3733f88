package org.synthhealth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.FixtureExport;
import org.synthhealth.core.InteropFormat;
import org.synthhealth.core.MigrationStrategy;
import org.synthhealth.core.TableFormat;
import org.synthhealth.core.format.FixtureFormat;
import org.synthhealth.core.format.csv.CsvFormat;
import picocli.CommandLine;

class SynthCommandTest {

    @TempDir
    Path dir;

    private Path yaml(String text) throws IOException {
        return Files.writeString(dir.resolve("config.yaml"), text);
    }

    private static CohortSpec parse(String... args) {
        SynthCommand command = new SynthCommand();
        new CommandLine(command).parseArgs(args);
        return command.spec();
    }

    @Test
    void helpListsEveryFlagWithExamplesAndExitsZero() {
        CommandRun run = CommandRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--num-records", "--output-dir", "--seed", "--config", "--report-file",
                "--csv", "--parquet", "--both", "--formats", "--reference-date", "--workers", "--verbose",
                "--simulate-migration", "--batch-size", "--migration-strategy", "--migration-report", "--version",
                "Examples:", "./synth --num-records 1000 --output-dir out", "Default: 1000", "Exit status");
    }

    @Test
    void versionPrintsTheProjectVersion() {
        CommandRun run = CommandRun.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("synth 0.1.0-SNAPSHOT");
    }

    @Test
    void commandLineValuesOverrideTheYaml() throws IOException {
        Path config = yaml("""
                num_records: 500
                seed: 1
                output_dir: from_yaml
                output_format: parquet
                batch_size: 50
                migration_strategy: staged
                reference_date: 2020-01-01
                """);

        CohortSpec spec = parse("--config", config.toString(), "--num-records", "7", "--seed", "99", "--output-dir",
                "from_cli", "--csv", "--batch-size", "5", "--migration-strategy", "big_bang", "--reference-date",
                "2024-06-30", "--workers", "3", "--simulate-migration", "--migration-report", "m.txt");

        assertThat(spec.numRecords()).isEqualTo(7);
        assertThat(spec.seed()).contains(99L);
        assertThat(spec.outputDir()).isEqualTo(Path.of("from_cli"));
        assertThat(spec.outputFormat()).isEqualTo(TableFormat.CSV);
        assertThat(spec.batchSize()).isEqualTo(5);
        assertThat(spec.migrationStrategy()).isEqualTo(MigrationStrategy.BIG_BANG);
        assertThat(spec.referenceDate()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(spec.concurrentWorkers()).isEqualTo(3);
        assertThat(spec.simulateMigration()).isTrue();
        assertThat(spec.migrationReport()).contains(Path.of("m.txt"));
    }

    @Test
    void yamlValuesStayWhereTheCommandLineIsSilent() throws IOException {
        Path config = yaml("num_records: 500\nseed: 1\noutput_format: parquet\n");

        CohortSpec spec = parse("--config", config.toString(), "--seed", "2");

        assertThat(spec.numRecords()).isEqualTo(500);
        assertThat(spec.outputFormat()).isEqualTo(TableFormat.PARQUET);
        assertThat(spec.seed()).contains(2L);
    }

    @Test
    void formatsChoosesAmongAllFiveAndTablesFlagsNarrowTheTables() {
        CohortSpec onlyInterop = parse("--formats", "fhir,hl7");
        CohortSpec narrowed = parse("--formats", "csv,parquet,vista", "--parquet");

        assertThat(onlyInterop.outputFormat()).isEqualTo(TableFormat.NONE);
        assertThat(onlyInterop.interopFormats()).containsExactlyInAnyOrder(InteropFormat.FHIR, InteropFormat.HL7);
        assertThat(narrowed.outputFormat()).isEqualTo(TableFormat.PARQUET);
        assertThat(narrowed.interopFormats()).containsExactly(InteropFormat.VISTA);
    }

    @Test
    void defaultsToEveryFormat() {
        CohortSpec spec = parse();

        assertThat(spec.outputFormat()).isEqualTo(TableFormat.BOTH);
        assertThat(spec.interopFormats()).containsExactlyInAnyOrder(InteropFormat.values());
    }

    @Test
    void rejectsAnUnknownFlagWithOneLineAndStatusTwo() {
        CommandRun run = CommandRun.of("--num-record", "5");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).startsWith("synth: ").contains("--num-record").contains("synth --help");
    }

    @Test
    void rejectsANonNumericCountWithOneLineAndStatusTwo() {
        CommandRun run = CommandRun.of("--num-records", "many");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("synth: Invalid value for option '--num-records': \"many\" is not a whole number; "
                + "write decimal digits only, for example 1000 (see synth --help)" + System.lineSeparator());
    }

    @Test
    void rejectsAConfigurationMistakeNamingFileLineAndFix() throws IOException {
        Path config = yaml("num_records: 10\nage_dist:\n  0-18: 0.5\n  19-40: 0.4\n");

        CommandRun run = CommandRun.of("--config", config.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("synth: " + config + ":2: age_dist: values sum to 0.90, expected 1.0 "
                + "(within 1e-6); adjust the weights so they add up to 1");
    }

    @Test
    void notesMigrationSettingsThatTakeNoEffectWithoutAMigration() throws IOException {
        Path config = yaml("num_records: 2\nseed: 1\nmigration_report: mig.txt\n");

        CommandRun fromYaml = CommandRun.of(new SynthCommand(spec -> List.of(new CsvFormat())), "--config",
                config.toString(), "--output-dir", dir.resolve("a").toString());
        CommandRun fromFlag = CommandRun.of(new SynthCommand(spec -> List.of(new CsvFormat())), "--num-records", "2",
                "--seed", "1", "--output-dir", dir.resolve("b").toString(), "--migration-strategy", "parallel");

        assertThat(fromYaml.exitCode()).isZero();
        assertThat(fromYaml.err()).contains("synth: note: migration_report in " + config + " takes effect only with "
                + "simulate_migration: true");
        assertThat(dir.resolve("a/mig.txt")).doesNotExist();
        assertThat(fromFlag.exitCode()).isZero();
        assertThat(fromFlag.err()).contains("synth: note: --migration-strategy takes effect only with "
                + "--simulate-migration; writing the fixtures only");
        CommandRun twoFlags = CommandRun.of(new SynthCommand(spec -> List.of(new CsvFormat())), "--num-records", "2",
                "--seed", "1", "--output-dir", dir.resolve("c").toString(), "--migration-strategy", "parallel",
                "--batch-size", "10");
        assertThat(twoFlags.err()).contains("synth: note: --migration-strategy and --batch-size take effect only "
                + "with --simulate-migration");
    }

    @Test
    void rejectsAMissingConfigurationFile() {
        CommandRun run = CommandRun.of("--config", dir.resolve("nope.yaml").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("nope.yaml: configuration file not found");
        assertThat(run.errLines()).isEqualTo(1);
    }

    @Test
    void rejectsAnUnknownFormat() {
        CommandRun run = CommandRun.of("--formats", "csv,pdf", "--output-dir", dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("synth: --formats: unknown format \"pdf\"; use any of csv, parquet, "
                + "fhir, hl7, vista");
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv,", ",csv", "csv,,parquet", "", " "})
    void rejectsAStrayCommaInTheFormatList(String list) {
        CommandRun run = CommandRun.of("--formats", list, "--output-dir", dir.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("synth: --formats: \"" + list + "\" has an empty name; write the "
                + "names with one comma between each, for example csv,parquet");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aRepeatedFormatFlagAddsToTheList() {
        CommandRun run = CommandRun.of("--formats", "csv", "--formats", "hl7", "--num-records", "2",
                "--output-dir", dir.toString());

        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).contains("Formats: csv, hl7");
    }

    @Test
    void rejectsAnUnknownMigrationStrategy() {
        CommandRun run = CommandRun.of("--migration-strategy", "sideways");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("synth: --migration-strategy: unknown strategy \"sideways\"; use "
                + "staged, big_bang or parallel");
    }

    @Test
    void rejectsFewerThanOneRecord() {
        CommandRun run = CommandRun.of("--num-records", "0", "--output-dir", dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("synth: num_records (--num-records): is 0, must be at least 1; give a "
                + "whole number >= 1");
    }

    @Test
    void rejectsConflictingTablesFlags() {
        CommandRun run = CommandRun.of("--csv", "--parquet");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).isEqualTo(1);
    }

    @Test
    void rejectsAnOutputDirectoryThatIsAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "x");

        CommandRun run = CommandRun.of(new SynthCommand(spec -> List.of()), "--output-dir", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("exists and is not a directory");
    }

    @Test
    void anOutputDirectoryThatIsADanglingLinkIsNamedAsALink() throws IOException {
        Path missing = dir.resolve("nowhere/out");
        Path link = Files.createSymbolicLink(dir.resolve("link"), missing);

        CommandRun run = CommandRun.of(new SynthCommand(spec -> List.of(new CsvFormat())), "--num-records", "2",
                "--output-dir", link.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("synth: output_dir (--output-dir): " + link + " is a symbolic link to "
                + missing + ", which is not an existing folder; create that folder or choose another path");
        assertThat(missing).doesNotExist();
    }

    @Test
    void internalFailureExitsOneWithoutStackTraceUnlessVerbose() throws IOException {
        Path out = dir.resolve("out");

        CommandRun quiet = CommandRun.of(new SynthCommand(spec -> List.of(FailingFormat.atOpen())),
                "--output-dir", out.toString(), "--seed", "1", "--num-records", "3");
        CommandRun verbose = CommandRun.of(new SynthCommand(spec -> List.of(FailingFormat.atOpen())),
                "--output-dir", out.toString(), "--seed", "1", "--num-records", "3", "--verbose");

        assertThat(quiet.exitCode()).isEqualTo(1);
        assertThat(quiet.errLines()).as(quiet.err()).isEqualTo(1);
        assertThat(quiet.err()).startsWith("synth: internal error: ").contains("disk on fire").contains("--verbose");
        assertThat(verbose.exitCode()).isEqualTo(1);
        assertThat(verbose.err()).contains("\tat ");
    }

    @Test
    void aFailingFormatLeavesNoOutputFile() throws IOException {
        Path out = dir.resolve("out");
        SynthCommand command = new SynthCommand(spec -> List.of(new CsvFormat(), FailingFormat.atOpen()));

        CommandRun run = CommandRun.of(command, "--output-dir", out.toString(), "--seed", "1", "--num-records", "3",
                "--report-file", dir.resolve("report.txt").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile)).as("files left behind").isEmpty();
        }
    }

    @Test
    void aWriterFailingMidRunLeavesNoOutputFile() throws IOException {
        Path out = dir.resolve("out");
        SynthCommand command = new SynthCommand(spec -> List.of(new CsvFormat(), FailingFormat.atPatient(10)));

        CommandRun run = CommandRun.of(command, "--output-dir", out.toString(), "--seed", "1", "--num-records", "30",
                "--report-file", dir.resolve("report.txt").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("disk full at patient 10");
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile)).as("files left behind").isEmpty();
        }
    }

    @Test
    void succeedsWithASummaryOnStdoutAndTheReportInTheReportFile() throws IOException {
        Path report = dir.resolve("report.txt");

        CommandRun run = CommandRun.of(new SynthCommand(spec -> List.of(new CsvFormat())), "--num-records", "25",
                "--seed", "5", "--output-dir", dir.resolve("out").toString(), "--report-file", report.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Generated 25 patients (seed 5) in ").contains("patients=25");
        assertThat(report).content().contains("Rows per table", "age_dist", "gender_dist", "housing_dist");
        assertThat(dir.resolve("out/patients.csv")).exists();
    }

    @Test
    void countsOnePatientInTheSingular() {
        Path out = dir.resolve("one");

        CommandRun run = CommandRun.of(new SynthCommand(), "--num-records", "1", "--seed", "5", "--formats", "vista",
                "--output-dir", out.toString(), "--simulate-migration", "--migration-report", "m.txt");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Generated 1 patient (seed 5) in ").contains("Migration (staged): 1 patient:")
                .doesNotContain("1 patients");
        assertThat(out.resolve("m.txt")).content().doesNotContain("1 patients");
    }

    @Test
    void runsTheMigrationAndWritesItsTextJsonAndHtmlReports() {
        Path out = dir.resolve("migration");

        CommandRun run = CommandRun.of(new SynthCommand(), "--num-records", "40", "--seed", "5", "--formats", "vista",
                "--output-dir", out.toString(), "--simulate-migration", "--batch-size", "10",
                "--migration-report", "analysis.txt", "--html-report", "report.html", "--compare-strategies");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Migration (staged): 40 patients", "Migration (big_bang): 40 patients",
                "Migration (parallel): 40 patients");
        assertThat(out.resolve("analysis.txt")).isNotEmptyFile();
        assertThat(out.resolve("analysis.json")).content().contains("\"total_patients\" : 40");
        assertThat(out.resolve("report.html")).content().contains("Strategies compared", "Cohort profile");
    }

    @Test
    void refusesToCompareStrategiesWithoutAMigration() {
        CommandRun run = CommandRun.of(new SynthCommand(spec -> List.of(new CsvFormat())), "--num-records", "3",
                "--output-dir", dir.resolve("none").toString(), "--compare-strategies");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith("synth: --compare-strategies:").doesNotContain("\n");
        assertThat(dir.resolve("none")).doesNotExist();
    }

    /** 260 patients: just over one generation block (256), so the second run really uses two workers. */
    @Test
    void writesByteIdenticalFilesOnTwoRunsWithDifferentWorkerCounts() throws IOException {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");

        CommandRun a = CommandRun.of(new SynthCommand(SynthCommandTest::builtFormats), "--num-records", "260",
                "--seed", "11", "--output-dir", first.toString(), "--workers", "1",
                "--report-file", first.resolve("report.txt").toString());
        CommandRun b = CommandRun.of(new SynthCommand(SynthCommandTest::builtFormats), "--num-records", "260",
                "--seed", "11", "--output-dir", second.toString(), "--workers", "2",
                "--report-file", second.resolve("report.txt").toString());

        assertThat(a.exitCode()).as(a.err()).isZero();
        assertThat(b.exitCode()).as(b.err()).isZero();
        List<Path> files = relativeFiles(first);
        assertThat(relativeFiles(second)).isEqualTo(files);
        for (Path file : files) {
            if (file.toString().equals("report.txt")) {
                assertThat(withoutTime(second.resolve(file))).isEqualTo(withoutTime(first.resolve(file)));
            } else {
                assertThat(Files.mismatch(first.resolve(file), second.resolve(file))).as(file.toString())
                        .isEqualTo(-1L);
            }
        }
    }

    /** The default formats that are built in this version (a stub lists no files). */
    private static List<FixtureFormat> builtFormats(CohortSpec spec) {
        return FixtureExport.formatsFor(spec).stream().filter(f -> !f.fileNames(spec).isEmpty()).toList();
    }

    private static List<Path> relativeFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    /** The report's lines but the two that differ by design: the time taken and the output directory. */
    private static List<String> withoutTime(Path report) throws IOException {
        return Files.readAllLines(report).stream()
                .filter(line -> !line.startsWith("Time taken:") && !line.startsWith("Output directory:")).toList();
    }
}
