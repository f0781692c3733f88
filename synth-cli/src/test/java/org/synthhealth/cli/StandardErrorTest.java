package org.synthhealth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StandardErrorTest {

    @ParameterizedTest
    @CsvSource({
        "/dev/pts/3, true",
        "/dev/tty, true",
        "/dev/tty2, true",
        "/dev/console, true",
        "pipe:[48213], false",
        "/tmp/run.log, false",
        "/dev/null, false",
        "socket:[9], false",
        "/dev/ttyUSB0, false"})
    void tellsATerminalFromAFileOrPipe(String target, boolean terminal) {
        assertThat(StandardError.isTerminalDevice(target)).isEqualTo(terminal);
    }

    @org.junit.jupiter.api.Test
    void aTestRunsWithStandardErrorCapturedSoNoBarIsDrawn() {
        // Surefire captures stderr into a pipe or file; on a terminal this test would say so rather than pass blindly.
        assertThat(StandardError.isTerminal()).isFalse();
    }
}
