package org.synthhealth.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.format.csv.CsvFormat;

/**
 * Reports must not replace another output of the run: the migration's H2 targets included, and whatever way the path
 * reaches the file (a linked folder, {@code ..} in a folder not created yet).
 */
class ReportCollisionTest {

    @TempDir
    Path dir;

    private CommandRun csvRun(Path outputDir, String... reportArgs) {
        List<String> args = new ArrayList<>(List.of("--num-records", "3", "--seed", "1", "--output-dir",
                outputDir.toString()));
        args.addAll(List.of(reportArgs));
        return CommandRun.of(new SynthCommand(spec -> List.of(new CsvFormat())), args.toArray(String[]::new));
    }

    private CommandRun csvRun(String... reportArgs) {
        return csvRun(dir.resolve("out"), reportArgs);
    }

    /** One line, status 2, and the output folder holds only what was there before. */
    private void assertRefusedBeforeAnyOutput(CommandRun run, Path outputDir, long filesBefore, String... parts)
            throws IOException {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.errLines()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).startsWith("synth: ").contains(parts).doesNotContain("\tat ", "internal error");
        assertThat(count(outputDir)).as("files in %s", outputDir).isEqualTo(filesBefore);
    }

    private void assertRefusedBeforeAnyOutput(CommandRun run, String... parts) throws IOException {
        assertRefusedBeforeAnyOutput(run, dir.resolve("out"), 0, parts);
    }

    private static long count(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> !p.equals(folder)).count();
        }
    }

    @Test
    void refusesAMigrationReportThatIsTheH2Target() throws IOException {
        CommandRun run = csvRun("--simulate-migration", "--migration-report", "oracle_health_target.mv.db");

        assertRefusedBeforeAnyOutput(run, "migration_report (--migration-report):", "oracle_health_target.mv.db",
                "also written by the migration (its H2 target database)", "give the report another file name");
    }

    @Test
    void refusesAReportFileThatIsTheH2TargetOrItsTrace() throws IOException {
        assertRefusedBeforeAnyOutput(csvRun("--report-file", "oracle_health_target.mv.db", "--simulate-migration"),
                "report_file (--report-file):", "also written by the migration");
        assertRefusedBeforeAnyOutput(csvRun("--report-file", "oracle_health_target.trace.db", "--simulate-migration"),
                "report_file (--report-file):", "also written by the migration");
    }

    @Test
    void refusesAnHtmlReportThatIsTheTargetOfAComparedStrategy() throws IOException {
        CommandRun run = csvRun("--simulate-migration", "--compare-strategies",
                "--html-report", "oracle_health_target_parallel.mv.db");

        assertRefusedBeforeAnyOutput(run, "--html-report:", "also written by the migration");
    }

    @Test
    void listsTheH2FilesOfEveryStrategyThatRuns() {
        CohortSpec spec = CohortSpec.builder().outputDir(dir).simulateMigration(true).build();

        assertThat(MigrationTargets.files(spec, false)).extracting(p -> p.getFileName().toString())
                .containsExactly("oracle_health_target.mv.db", "oracle_health_target.trace.db");
        assertThat(MigrationTargets.files(spec, true)).hasSize(6)
                .contains(dir.resolve("oracle_health_target_parallel.mv.db"));
    }

    @Test
    void refusesAnH2TargetFileThatIsNotAnH2DatabaseAndKeepsIt() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path target = Files.writeString(out.resolve("oracle_health_target.mv.db"), "my notes\n");

        CommandRun run = csvRun("--simulate-migration");

        assertRefusedBeforeAnyOutput(run, out, 1, target.toString(), "is not an H2 database", "delete it");
        assertThat(target).hasContent("my notes");
    }

    @Test
    void acceptsAnH2TargetFileThatBeginsLikeAnH2DatabaseOrIsEmpty() throws IOException {
        CohortSpec spec = CohortSpec.builder().outputDir(dir).simulateMigration(true).build();
        Files.writeString(dir.resolve("oracle_health_target.mv.db"), "H:2,block:3,blockSize:1000");
        Files.createFile(dir.resolve("oracle_health_target_parallel.mv.db"));

        assertThatCode(() -> MigrationTargets.refuseForeignFiles(spec, true)).doesNotThrowAnyException();
    }

    @Test
    void refusesATableReachedThroughALinkedFolder() throws IOException {
        Path out = Files.createDirectories(dir.resolve("sl/o"));
        Path link = Files.createSymbolicLink(dir.resolve("sl/odir"), Path.of("o"));

        CommandRun run = csvRun(out, "--report-file", link.resolve("deaths.csv").toString());

        assertRefusedBeforeAnyOutput(run, out, 0, "report_file (--report-file):", "also written by the csv format");
    }

    @Test
    void refusesAFifoReachedByDotDotFromAnOutputFolderNotCreatedYet() throws Exception {
        Path fifo = dir.resolve("fifo");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is available");

        CommandRun run = csvRun(dir.resolve("new"), "--report-file", "../fifo");

        assertRefusedBeforeAnyOutput(run, dir.resolve("new"), 0, "--report-file", "is not a regular file");
        assertThat(Files.exists(dir.resolve("new"))).isFalse();
        assertThat(Files.isRegularFile(fifo)).as("%s replaced by a regular file", fifo).isFalse();
    }

    @Test
    void refusesADirectoryReachedByDotDotFromAnOutputFolderNotCreatedYet() throws IOException {
        Files.createDirectories(dir.resolve("adir"));

        CommandRun run = csvRun(dir.resolve("new"), "--report-file", "../adir");

        assertRefusedBeforeAnyOutput(run, dir.resolve("new"), 0, "--report-file", "is a directory");
    }

    @Test
    void refusesAMigrationReportUnderAFileReachedByDotDot() throws IOException {
        Path file = Files.writeString(dir.resolve("afile"), "x");

        CommandRun run = csvRun(dir.resolve("new"), "--simulate-migration", "--migration-report", "../afile/m.txt");

        assertRefusedBeforeAnyOutput(run, dir.resolve("new"), 0, "--migration-report", "is not a directory");
        assertThat(file).hasContent("x");
    }

    /** {@code l/../out} is {@code x/out} to the operating system when {@code l} links to {@code x/y}. */
    @Test
    void takesDotDotAfterALinkedFolderAsTheOperatingSystemDoes() throws IOException {
        Path deep = Files.createDirectories(dir.resolve("x/y"));
        Path link = Files.createSymbolicLink(dir.resolve("l"), deep);

        CommandRun run = csvRun(dir.resolve("x/out"), "--report-file", link + "/../out/patients.csv");

        assertRefusedBeforeAnyOutput(run, dir.resolve("x/out"), 0, "also written by the csv format");
    }

    @Test
    void namesTheMigrationAsTheWriterOfTheGlobalsItWrites() throws IOException {
        CommandRun run = csvRun("--report-file", "vista_globals.zwr", "--simulate-migration");

        assertRefusedBeforeAnyOutput(run, "vista_globals.zwr", "also written by the migration;");
        assertThat(run.err()).doesNotContain("vista format");
    }
}
