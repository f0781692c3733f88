package org.synthhealth.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthhealth.core.format.csv.CsvFormat;

/** Report paths (--report-file, --migration-report, --html-report) are checked before any work. */
class ReportPathTest {

    @TempDir
    Path dir;

    private CommandRun csvRun(String... reportArgs) {
        List<String> args = new ArrayList<>(List.of("--num-records", "3", "--seed", "1", "--output-dir",
                dir.resolve("out").toString()));
        args.addAll(List.of(reportArgs));
        return CommandRun.of(new SynthCommand(spec -> List.of(new CsvFormat())), args.toArray(String[]::new));
    }

    private void assertRefusedInOneLineBeforeAnyOutput(CommandRun run, String... parts) throws IOException {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.errLines()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).startsWith("synth: ").contains(parts).doesNotContain("\tat ", ".partial");
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(p -> p.startsWith(dir.resolve("out")))).as("output written").isEmpty();
        }
    }

    @Test
    void refusesAFifoAsReportFileAndLeavesItAFifo() throws Exception {
        Path fifo = dir.resolve("fifo");
        int made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        assumeTrue(made == 0, "mkfifo is available");

        CommandRun run = csvRun("--report-file", fifo.toString());

        assertRefusedInOneLineBeforeAnyOutput(run, "--report-file", fifo.toString(),
                "is not a regular file", "give a path to a file");
        assertThat(Files.isRegularFile(fifo)).as("%s replaced by a regular file", fifo).isFalse();
        assertThat(Files.exists(fifo)).isTrue();
    }

    @Test
    void refusesASymbolicLinkToAFifo() throws Exception {
        Path fifo = dir.resolve("fifo");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is available");
        Path link = Files.createSymbolicLink(dir.resolve("link.html"), fifo);

        CommandRun run = csvRun("--html-report", link.toString());

        assertRefusedInOneLineBeforeAnyOutput(run, "--html-report", link.toString(), "is not a regular file");
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void writesTheReportThroughASymbolicLinkAndKeepsTheLink() throws IOException {
        Path real = dir.resolve("real.txt");
        Path link = Files.createSymbolicLink(dir.resolve("report.txt"), real);

        CommandRun run = csvRun("--report-file", link.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).as("%s is still a link", link).isTrue();
        assertThat(real).content().contains("Rows per table");
    }

    @Test
    void refusesAReportFileThatIsATableOfTheRun() throws IOException {
        CommandRun run = csvRun("--report-file", "patients.csv");

        assertRefusedInOneLineBeforeAnyOutput(run, "report_file (--report-file):", "patients.csv",
                "also written by the csv format");
    }

    @Test
    void aFolderGivenAsAReportIsAnsweredWithAFileNameOfTheReportsKind() throws IOException {
        Files.createDirectories(dir.resolve("reports"));

        CommandRun html = csvRun("--html-report", dir.resolve("reports").toString());
        CommandRun text = csvRun("--report-file", dir.resolve("reports").toString());

        assertThat(html.err()).as(html.err()).contains("--html-report:", "for example "
                + dir.resolve("reports/report.html"));
        assertThat(text.err()).as(text.err()).contains("report_file (--report-file):", "for example "
                + dir.resolve("reports/report.txt"));
    }

    @Test
    void refusesAReportNamedLikeAFixtureInAnotherCase() throws IOException {
        CommandRun run = csvRun("--report-file", "PATIENTS.PARQUET");

        assertRefusedInOneLineBeforeAnyOutput(run, "report_file (--report-file):", "PATIENTS.PARQUET",
                "is the name of a parquet fixture file");
    }

    @Test
    void refusesTheSamePathForTwoReports() throws IOException {
        CommandRun run = csvRun("--report-file", "report.txt", "--html-report", "./report.txt");

        assertRefusedInOneLineBeforeAnyOutput(run, "--html-report:", "also the path of report_file (--report-file)",
                "give each report its own file");
    }

    @Test
    void refusesAMigrationJsonReportThatIsTheGenerationReport() throws IOException {
        CommandRun run = csvRun("--simulate-migration", "--migration-report", "report",
                "--report-file", dir.resolve("out/report.json").toString());

        assertRefusedInOneLineBeforeAnyOutput(run, "migration_report (--migration-report): its JSON report",
                "report.json", "also the path of report_file (--report-file)");
    }

    @Test
    void refusesAMigrationReportNamedJsonSuggestingATextName() throws IOException {
        CommandRun run = csvRun("--simulate-migration", "--migration-report", "mig.json");

        assertRefusedInOneLineBeforeAnyOutput(run, "migration_report (--migration-report):", "mig.json",
                "such as mig.txt");
    }

    @Test
    void refusesAReportUnderARegularFileBeforeAnyOutput() throws IOException {
        Path file = Files.writeString(dir.resolve("notes"), "x");

        CommandRun run = csvRun("--report-file", file.resolve("report.txt").toString());

        assertRefusedInOneLineBeforeAnyOutput(run, "--report-file", file + " is not a directory");
    }

    /** /proc is only read here: the probe file cannot be created there, which is the point. */
    @Test
    void refusesAFolderWhereNoFileCanBeCreatedBeforeAnyOutput() throws IOException {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "a Linux /proc");

        CommandRun run = csvRun("--report-file", "/proc/rep.txt");

        assertRefusedInOneLineBeforeAnyOutput(run, "--report-file", "/proc/rep.txt", "no file can be created in /proc",
                "choose a folder you can write to");
    }

    @Test
    void aFolderWhereTheReportIsStagedIsNamedWithTheReportBeforeAnyWork() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("out/.report.txt.partial/blocking")).getParent();

        CommandRun run = csvRun("--report-file", "report.txt");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.errLines()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains(folder + " is a folder", "as it writes " + dir.resolve("out/report.txt"),
                "move or delete the folder");
        assertThat(dir.resolve("out/patients.csv")).as("no table written").doesNotExist();
    }
}
