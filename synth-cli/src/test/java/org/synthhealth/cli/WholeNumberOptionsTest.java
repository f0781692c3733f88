package org.synthhealth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whole-number options read as the YAML reads them: plain decimal digits, refused otherwise in one line. */
class WholeNumberOptionsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--seed        | 0042         | \"0042\" has a leading zero; write 42",
        "--seed        | -007         | \"-007\" has a leading zero; write -7",
        "--seed        | 0x2A         | \"0x2A\" is not decimal; write 42",
        "--seed        | -0b101       | \"-0b101\" is not decimal; write -5",
        "--seed        | 0xZZ         | \"0xZZ\" is not a whole number; write decimal digits only, for example 42",
        "--seed        | 1_000        | \"1_000\" has underscores; write 1000",
        "--workers     | 99999999999  | \"99999999999\" is out of range; use a whole number from 1 to 1024",
        "--seed        | +007         | \"+007\" has a leading zero; write 7",
        "--seed        | 1e3          | \"1e3\" is not a whole number",
        "--seed        | 99999999999999999999 | \"99999999999999999999\" is out of range; use a whole number "
                + "from -9223372036854775808 to 9223372036854775807",
        "--num-records | 010          | \"010\" has a leading zero; write 10",
        "--num-records | 00           | \"00\" has a leading zero; write 0",
        "--num-records | 2147483648   | \"2147483648\" is out of range; use a whole number from 1 to 2147483647",
        "--num-records | -99999999999 | \"-99999999999\" is out of range; use a whole number from 1 to 2147483647",
        "--num-records | ten          | \"ten\" is not a whole number; write decimal digits only, for example 1000",
        "--workers     | 08           | \"08\" has a leading zero; write 8",
        "--seed        | 099999999999999999999 | \"099999999999999999999\" is out of range; use a whole number "
                + "from -9223372036854775808 to 9223372036854775807",
        "--num-records | 0x80000000   | \"0x80000000\" is not decimal; its value 2147483648 is out of range; use a "
                + "whole number from 1 to 2147483647",
        "--workers     | 1_000_000_000_000 | \"1_000_000_000_000\" has underscores; its value 1000000000000 is out "
                + "of range; use a whole number from 1 to 1024",
        "--batch-size  | ''           | \"\" is not a whole number"})
    void refusesAnythingButPlainDecimalDigitsInOneLineAndWritesNothing(String option, String value, String told)
            throws Exception {
        Path out = dir.resolve("out");
        CommandRun run = CommandRun.of(option, value, "--formats", "csv", "--output-dir", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).isEqualTo(1);
        assertThat(run.err()).startsWith("synth: ").contains(option).contains(told);
        assertThat(out).doesNotExist();
    }

    @ParameterizedTest
    @CsvSource({"--seed, 0", "--seed, -42", "--seed, +42", "--seed, 9223372036854775807", "--workers, 1",
        "--batch-size, 10", "--workers, +1"})
    void plainDecimalNumbersAreTakenAsWritten(String option, String value) throws Exception {
        Path out = dir.resolve("out");
        CommandRun run = CommandRun.of(option, value, "--formats", "csv", "--num-records", "2", "--output-dir",
                out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(out.resolve("patients.csv")).exists();
    }

    @ParameterizedTest
    @CsvSource({"0, is 0", "-3, is -3"})
    void aCountThatReadsButBreaksTheRulesIsTheConfigurationsToRefuse(String value, String told) {
        CommandRun run = CommandRun.of("--num-records", value, "--formats", "csv", "--output-dir",
                dir.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("num_records").contains(told).doesNotContain("whole number;");
    }
}
