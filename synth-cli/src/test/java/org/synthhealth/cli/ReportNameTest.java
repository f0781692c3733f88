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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.synthhealth.core.format.csv.CsvFormat;

/**
 * Report paths that name no file, and outputs already present as something other than a file, are refused before
 * any work: neither may end in an internal error after the fixtures are written, nor block on a pipe.
 */
class ReportNameTest {

    @TempDir
    Path dir;

    private CommandRun csvRun(String... extra) {
        List<String> args = new ArrayList<>(List.of("--num-records", "3", "--seed", "1", "--output-dir",
                dir.resolve("out").toString()));
        args.addAll(List.of(extra));
        return CommandRun.of(new SynthCommand(spec -> List.of(new CsvFormat())), args.toArray(String[]::new));
    }

    private void assertRefusedBeforeAnyOutput(CommandRun run, long filesBefore, String... parts) throws IOException {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.errLines()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).startsWith("synth: ").contains(parts).doesNotContain("\tat ", "internal error");
        Path out = dir.resolve("out");
        long files = 0;
        if (Files.exists(out)) {
            try (Stream<Path> walk = Files.walk(out)) {
                files = walk.filter(p -> !p.equals(out)).count();
            }
        }
        assertThat(files).as("files in %s", out).isEqualTo(filesBefore);
    }

    @ParameterizedTest
    @CsvSource({
        "--report-file, ., names a folder",
        "--report-file, '', is empty",
        "--migration-report, ., names a folder",
        "--migration-report, '', is empty",
        "--html-report, .., names a folder",
        "--html-report, '', is empty",
        "--report-file, rep/, ends with a slash",
        "--migration-report, reports/, ends with a slash",
        "--html-report, html/, ends with a slash"})
    void refusesAReportPathThatNamesNoFile(String flag, String path, String reason) throws IOException {
        CommandRun run = csvRun("--simulate-migration", flag, path);

        assertRefusedBeforeAnyOutput(run, 0, flag, reason, "give a file name such as ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--report-file", "--html-report", "--migration-report"})
    void refusesAReportNameLongerThanAFileNameCanBe(String flag) throws IOException {
        CommandRun run = csvRun("--simulate-migration", flag, "x".repeat(300) + ".txt");

        assertRefusedBeforeAnyOutput(run, 0, flag, "the file name is 304 bytes long", "choose a shorter name");
    }

    /** The longest name the file system takes works, though ".<name>.partial" would not fit. */
    @Test
    void writesAReportWhoseNameIsAsLongAsAFileNameCanBe() {
        String name = "y".repeat(251) + ".txt";
        CommandRun run = csvRun("--csv", "--report-file", name);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(dir.resolve("out").resolve(name)).isNotEmptyFile();
    }

    @ParameterizedTest
    @CsvSource({"--report-file, ../out", "--html-report, ../out", "--migration-report, ../out/../out"})
    void refusesAReportPathThatIsTheOutputDirectoryBeforeItExists(String flag, String path) throws IOException {
        CommandRun run = csvRun("--simulate-migration", flag, path);

        assertRefusedBeforeAnyOutput(run, 0, flag, "is the output directory", "give a file name inside it");
    }

    @Test
    void refusesAnotherUsersHomeFolderItCannotExpand() throws IOException {
        CommandRun run = CommandRun.of(new SynthCommand(spec -> List.of(new CsvFormat())),
                "--num-records", "3", "--output-dir", "~nobody-here/out");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).startsWith("synth: ").contains("--output-dir", "~nobody-here/out", "give the full path");
        assertThat(Path.of("~nobody-here")).doesNotExist();
    }

    @Test
    void refusesAReportNamedLikeAStagedTemporaryFile() throws IOException {
        CommandRun run = csvRun("--simulate-migration", "--report-file", ".mig.txt.partial",
                "--migration-report", "mig.txt");

        assertRefusedBeforeAnyOutput(run, 0, "--report-file", ".mig.txt.partial", "temporary files");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--report-file", "--html-report"})
    void refusesAReportNamedLikeTheRunsLockFile(String flag) throws IOException {
        // The lock is removed at the end of the run, and a report of that name with it.
        CommandRun run = csvRun(flag, ".synth.lock");

        assertRefusedBeforeAnyOutput(run, 0, flag, ".synth.lock", "lock file", "choose another name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--report-file", "--html-report", "report_file in the YAML"})
    void refusesAReportThatWouldOverwriteTheConfigurationItReads(String how) throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        String yaml = "num_records: 3\nseed: 1\n" + (how.startsWith("--") ? "" : "report_file: c.yaml\n");
        Path config = Files.writeString(out.resolve("c.yaml"), yaml);
        List<String> args = new ArrayList<>(List.of("--config", config.toString(), "--output-dir", out.toString()));
        if (how.startsWith("--")) {
            args.addAll(List.of(how, "c.yaml"));
        }

        CommandRun run = CommandRun.of(new SynthCommand(spec -> List.of(new CsvFormat())),
                args.toArray(String[]::new));

        assertRefusedBeforeAnyOutput(run, 1, "c.yaml", "is the configuration file this run reads", "another file "
                + "name");
        assertThat(Files.readString(config)).isEqualTo(yaml);
    }

    @Test
    void refusesAReportLinkedToTheRunsLockFile() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path link = Files.createSymbolicLink(dir.resolve("lnk"), out.resolve(".synth.lock"));

        CommandRun run = csvRun("--report-file", link.toString());

        assertRefusedBeforeAnyOutput(run, 0, "--report-file", "the lock file synth removes at the end of the run");
    }

    @Test
    void refusesAPipeWhereTheMigrationReadsItsGlobals() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path fifo = out.resolve("vista_globals.zwr");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is available");

        CommandRun run = csvRun("--simulate-migration");

        assertRefusedBeforeAnyOutput(run, 1, "vista_globals.zwr", "is not a regular file", "delete it");
        assertThat(Files.isRegularFile(fifo)).isFalse();
    }

    @Test
    void refusesAFolderWhereTheMigrationReadsItsGlobals() throws IOException {
        Files.createDirectories(dir.resolve("out/vista_globals.zwr"));

        CommandRun run = csvRun("--simulate-migration");

        assertRefusedBeforeAnyOutput(run, 1, "vista_globals.zwr", "is not a regular file", "delete it");
    }
}
