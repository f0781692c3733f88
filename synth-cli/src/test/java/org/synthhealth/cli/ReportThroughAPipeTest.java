package org.synthhealth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --report-file /dev/stdout} with standard output piped into another command: the path leads to a pipe, which
 * is refused as one, not as a folder where no file can be created.
 */
class ReportThroughAPipeTest {

    @Test
    void aReportOnStandardOutputThatIsAPipeIsRefusedAsAPipe(@TempDir Path dir) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process run = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                SynthCommand.class.getName(), "--num-records", "2", "--csv", "--output-dir",
                dir.resolve("out").toString(), "--report-file", "/dev/stdout")
                .redirectError(dir.resolve("stderr.txt").toFile())
                .start();
        String stdout = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(run.exitValue()).isEqualTo(2);
        assertThat(stdout).isEmpty();
        assertThat(stderr(dir)).isEqualTo("synth: report_file (--report-file): /dev/stdout is not a regular file (a "
                + "device, pipe or socket); give a path to a file\n");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    private static String stderr(Path dir) throws IOException {
        return Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8);
    }
}
