package org.synthhealth.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.synthhealth.core.format.PublishGate;

/**
 * Deletes the staged {@code .<name>.partial} files of a run that is stopped from outside (Ctrl-C, SIGTERM): writers
 * delete their own on a failure, but a stopped JVM only runs shutdown hooks. A stop that arrives while the run is
 * moving its files into place first waits for the last of them ({@link PublishGate}), so the folder never holds
 * some tables of the new cohort and the rest of the old one.
 */
final class InterruptCleanup implements AutoCloseable {

    /** Renames take milliseconds; this only bounds a stop on a file system that hangs. */
    private static final Duration PUBLISHING_PATIENCE = Duration.ofSeconds(30);

    private final Thread hook;

    private InterruptCleanup(Path outputDir) {
        this.hook = new Thread(() -> {
            awaitPublishing();
            deletePartialFiles(outputDir);
        }, "synth-interrupt-cleanup");
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

    private static void awaitPublishing() {
        try {
            if (!PublishGate.PROCESS.stop(PUBLISHING_PATIENCE)) {
                System.err.println("synth: stopped while moving files into place, which took longer than "
                        + PUBLISHING_PATIENCE.toSeconds() + " s; the output folder may mix this run's files with "
                        + "earlier ones");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
