package org.synthhealth.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.FixtureExport;
import org.synthhealth.core.format.FixtureFormat;
import org.synthhealth.core.format.OutputLock;
import org.synthhealth.core.format.PublishGate;
import org.synthhealth.core.format.StagedFile;

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

    private InterruptCleanup(Path outputDir, List<Path> outputs) {
        this.hook = new Thread(() -> {
            awaitPublishing();
            // A run stopped before it holds the folder's lock has staged nothing; the files of these names there
            // belong to the run that holds it.
            if (OutputLock.heldHere(outputDir)) {
                deletePartialFiles(outputs);
            }
        }, "synth-interrupt-cleanup");
    }

    /**
     * Registers the cleanup of the files a generation run of {@code spec} may stage (every format's, the report's)
     * until {@link #close()}. Only those: another run may be writing into a folder inside the output directory.
     */
    static InterruptCleanup watch(CohortSpec spec) {
        List<Path> outputs = new ArrayList<>();
        for (FixtureFormat format : FixtureExport.builtInFormats()) {
            format.fileNames(spec).forEach(name -> outputs.add(spec.outputDir().resolve(name)));
        }
        spec.reportFile().ifPresent(report -> outputs.add(spec.outputDir().resolve(report)));
        InterruptCleanup cleanup = new InterruptCleanup(spec.outputDir(), outputs);
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

    /** Deletes the temporary file of each of {@code outputs} that a stopped run left. */
    static void deletePartialFiles(List<Path> outputs) {
        for (Path output : outputs) {
            try {
                Files.deleteIfExists(StagedFile.temporaryOf(output));
            } catch (IOException | RuntimeException e) {
                System.err.println("synth: could not remove the unfinished " + StagedFile.temporaryOf(output) + ": "
                        + e.getMessage());
            }
        }
    }
}
