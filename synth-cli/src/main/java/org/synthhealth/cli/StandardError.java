package org.synthhealth.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard error is a terminal, where the progress bar belongs. Java 17 can only tell whether both standard
 * input and output are ({@link System#console()}), which shows the bar in a log when only stdout is on screen and
 * hides it when only stdout is redirected. On Linux the answer is where {@code /proc/self/fd/2} points.
 */
final class StandardError {

    private StandardError() {
    }

    static boolean isTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        if (Files.isSymbolicLink(fd)) {
            try {
                return isTerminalDevice(Files.readSymbolicLink(fd).toString());
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                return false;
            }
        }
        return System.console() != null;
    }

    /** Whether a file descriptor's target names a terminal: a pseudo-terminal, a virtual console or the tty. */
    static boolean isTerminalDevice(String target) {
        return target.startsWith("/dev/pts/") || target.matches("/dev/tty[0-9]*") || target.equals("/dev/console");
    }
}
