package org.synthhealth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Table flags given together, and reports named like fixture files, are refused in one line before any work. */
class FlagClashTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"--csv, --parquet", "--parquet, --both", "--csv, --csv"})
    void twoTableFlagsAreRefusedWithTheRule(String first, String second) {
        Path out = dir.resolve("out");
        CommandRun run = CommandRun.of("--num-records", "2", first, second, "--output-dir", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("synth: --csv, --parquet and --both choose the table format: give one of "
                + "them, once (see synth --help)" + System.lineSeparator());
        assertThat(out).doesNotExist();
    }

    @ParameterizedTest
    @CsvSource({"patients.parquet, parquet", "vista_globals.zwr, vista", "hl7_messages_adt.hl7, hl7"})
    void aReportNamedLikeAFixtureFileOfAnotherFormatIsRefused(String name, String format) {
        Path out = dir.resolve("out");
        CommandRun run = CommandRun.of("--num-records", "2", "--csv", "--output-dir", out.toString(),
                "--report-file", name);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("synth: report_file (--report-file): ")
                .contains(name + " is the name of a " + format + " fixture file, which readers of the folder would "
                        + "take it for; give the report another file name");
        assertThat(out).doesNotExist();
    }
}
