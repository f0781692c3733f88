package org.synthhealth.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Deletes the staged {@code .<name>.partial} files of a run that is stopped from outside (Ctrl-C, SIGTERM): writers
 * delete their own on a failure, but a stopped JVM only runs shutdown hooks.
 */
final class InterruptCleanup implements AutoCloseable {

    private final Thread hook;

    private InterruptCleanup(Path outputDir) {
        this.hook = new Thread(() -> deletePartialFiles(outputDir), "synth-interrupt-cleanup");
    }

    /** Registers the cleanup for {@code outputDir} until {@link #close()}. */
    static InterruptCleanup watch(Path outputDir) {
        InterruptCleanup cleanup = new InterruptCleanup(outputDir);
        Runtime.getRuntime().addShutdownHook(cleanup.hook);
        return cleanup;
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is already running or has run; nothing is left to undo.
        }
    }

    static void deletePartialFiles(Path outputDir) {
        if (!Files.isDirectory(outputDir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(outputDir, 2)) {
            List<Path> partial = files.filter(InterruptCleanup::isStaged).toList();
            for (Path file : partial) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            System.err.println("synth: could not remove unfinished files in " + outputDir + ": " + e.getMessage());
        }
    }

    private static boolean isStaged(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(".partial") && Files.isRegularFile(file);
    }
}
