package org.synthhealth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A flag without its value, or given twice, is refused in one line that says how to give it. */
class FlagValueTest {

    @TempDir
    Path dir;

    @Test
    void aFlagWithoutItsValueIsShownWithOne() {
        CommandRun run = CommandRun.of("--output-dir", dir.resolve("out").toString(), "--num-records");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("synth: Missing required parameter for option '--num-records' (<n>); give the "
                + "value right after the option, for example --num-records 1000 (see synth --help)"
                + System.lineSeparator());
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aFlagGivenTwiceIsToldToBeGivenOnce() {
        CommandRun run = CommandRun.of("--num-records=5", "--num-records=6", "--output-dir",
                dir.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("synth: option '--num-records' (<n>) should be specified only once; give it "
                + "once").endsWith("(see synth --help)" + System.lineSeparator());
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
