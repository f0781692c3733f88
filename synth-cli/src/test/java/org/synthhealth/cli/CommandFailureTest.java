package org.synthhealth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthhealth.core.format.csv.CsvFormat;

/** Failures that are not the input's fault, and input mistakes picocli or the notes could blur: one line each. */
class CommandFailureTest {

    @TempDir
    Path dir;

    @Test
    void aTableFormatFlagGivenTwiceIsExplainedInOneLine() {
        CommandRun run = CommandRun.of("--csv", "--csv", "--num-records", "3", "--output-dir", dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("synth: --csv, --parquet and --both choose the table format: give one of "
                + "them, once (see synth --help)" + System.lineSeparator());
    }

    @Test
    void aMistypedFlagGetsTheNearestOneAsTheFix() {
        CommandRun run = CommandRun.of("--num-record", "3", "--output-dir", dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("synth: Unknown options: '--num-record', '3'; did you mean --num-records? "
                + "(see synth --help)" + System.lineSeparator());
    }

    /** picocli would read "@name" as a file of further arguments; here it is a name like any other. */
    @Test
    void anArgumentStartingWithAtIsTakenAsWritten() throws IOException {
        Path arguments = dir.resolve("@opts");
        Files.writeString(dir.resolve("opts"), "--num-records 5\n");

        CommandRun run = CommandRun.of(new SynthCommand(spec -> List.of(new CsvFormat())), "--num-records", "2",
                "--seed", "1", "--output-dir", arguments.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(arguments.resolve("patients.csv")).isRegularFile();
        CommandRun atFile = CommandRun.of("@" + dir.resolve("opts"));
        assertThat(atFile.exitCode()).isEqualTo(2);
        assertThat(atFile.err()).contains("Unmatched argument").contains("@" + dir.resolve("opts"));
    }

    @Test
    void aStrayValueIsToldToFollowItsOption() {
        CommandRun run = CommandRun.of("--num-records", "2", "out");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith("synth: Unmatched argument at index 2: 'out'")
                .contains("give each value after its option (for example --output-dir out)").doesNotContain("\n");
    }

    @Test
    void aValueOfThousandsOfCharactersIsCutShortInTheLine() {
        String seed = "9".repeat(100_000);

        assertThat(Failures.oneLine("seed: " + seed + " is too large")).isEqualTo("seed: " + "9".repeat(80)
                + "...(100000 characters) is too large");
    }

    @Test
    void aControlCharacterInAMessageIsShownAsItsCode() {
        assertThat(Failures.oneLine("output_dir: \"a\u0000b\"\n is not usable")).isEqualTo(
                "output_dir: \"a\\u0000b\" is not usable");
    }

    @Test
    void anInvalidMigrationFlagIsTheOnlyLineEvenWithoutSimulateMigration() {
        CommandRun run = CommandRun.of("--batch-size", "0", "--num-records", "3", "--output-dir", dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("synth: batch_size (--batch-size): is 0, must be at least 1; give a whole "
                + "number >= 1" + System.lineSeparator());
    }

    @Test
    void aSummaryThatCannotBeWrittenFailsTheRunAndNamesTheSeed() {
        StringWriter err = new StringWriter();
        var cli = SynthCommand.commandLine(new SynthCommand(spec -> List.of(new CsvFormat())));
        cli.setOut(new PrintWriter(new Writer() {
            @Override
            public void write(char[] text, int offset, int length) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        }));
        cli.setErr(new PrintWriter(err, true));

        int code = cli.execute("--output-dir", dir.resolve("out").toString(), "--seed", "5", "--num-records", "3");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("synth: could not write the summary to standard output; the files are in "
                + dir.resolve("out") + " (seed 5)" + System.lineSeparator());
        assertThat(dir.resolve("out/patients.csv")).exists();
    }

    @Test
    void anErrorSuchAsRunningOutOfMemoryIsOneLineAndLeavesNoOutputFile() throws IOException {
        Path out = dir.resolve("out");
        SynthCommand command = new SynthCommand(spec -> List.of(new CsvFormat(), FailingFormat.outOfMemoryAt(10)));

        CommandRun run = CommandRun.of(command, "--output-dir", out.toString(), "--seed", "1", "--num-records", "30");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).startsWith("synth: internal error: ran out of memory (Java heap space); give Java more "
                + "heap, for example SYNTH_JAVA_OPTS=-Xmx4g").doesNotContain("\tat ");
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile)).as("files left behind").isEmpty();
        }
    }
}
