package org.synthhealth.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
 * some tables of the new cohort and the rest of the old one. The format folders ({@code fhir/}, {@code hl7/}) the run
 * created go too if they are left empty, and so do the lock file and the output folder (with any parents) when the
 * run created it and it is left empty.
 */
final class InterruptCleanup implements AutoCloseable {

    /** Renames take milliseconds; this only bounds a stop on a file system that hangs. */
    private static final Duration PUBLISHING_PATIENCE = Duration.ofSeconds(30);

    private final Thread hook;

    private InterruptCleanup(Path outputDir, List<Path> outputs, Set<Path> newFolders, Optional<Path> createdTop,
            Runnable first) {
        this.hook = new Thread(() -> {
            first.run();
            awaitPublishing();
            // A run stopped before it holds the folder's lock has staged nothing; the files of these names there
            // belong to the run that holds it.
            if (OutputLock.heldHere(outputDir)) {
                deletePartialFiles(outputs);
                removeEmptyFolders(newFolders);
                removeLockAndCreatedFolders(outputDir, createdTop);
            }
        }, "synth-interrupt-cleanup");
    }

    /**
     * Registers the cleanup of the files a generation run of {@code spec} may stage (every format's, the report's)
     * until {@link #close()}. Only those: another run may be writing into a folder inside the output directory.
     * {@code first} runs at the start of a stop (ending the progress bar's line).
     */
    static InterruptCleanup watch(CohortSpec spec, Runnable first) {
        List<Path> outputs = new ArrayList<>();
        for (FixtureFormat format : FixtureExport.builtInFormats()) {
            format.fileNames(spec).forEach(name -> outputs.add(spec.outputDir().resolve(name)));
        }
        spec.reportFile().ifPresent(report -> outputs.add(spec.outputDir().resolve(report)));
        InterruptCleanup cleanup = new InterruptCleanup(spec.outputDir(), outputs,
                missingFolders(spec.outputDir(), outputs), firstMissing(spec.outputDir()), first);
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

    /** The folders inside {@code outputDir} that hold some of {@code outputs} and do not exist yet. */
    static Set<Path> missingFolders(Path outputDir, List<Path> outputs) {
        Set<Path> missing = new TreeSet<>();
        for (Path output : outputs) {
            Path folder = output.getParent();
            if (folder != null && !folder.equals(outputDir) && folder.startsWith(outputDir)
                    && !Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                missing.add(folder);
            }
        }
        return missing;
    }

    /** The outermost of {@code outputDir} and its parents that does not exist yet: the first folder a run creates. */
    static Optional<Path> firstMissing(Path outputDir) {
        Path missing = null;
        for (Path p = outputDir.toAbsolutePath().normalize(); p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS);
                p = p.getParent()) {
            missing = p;
        }
        return Optional.ofNullable(missing);
    }

    /**
     * Deletes the stopped run's lock file, then {@code outputDir} and its parents up to {@code createdTop} while each
     * is empty, as a run that failed on its own does: a stop early in a run must not leave a folder holding only
     * {@code .synth.lock}. The file is deleted while the lock is still held, as {@link OutputLock#close()} does, and
     * the lock itself goes with the process. Folders that were there before the run stay.
     */
    static void removeLockAndCreatedFolders(Path outputDir, Optional<Path> createdTop) {
        try {
            Files.deleteIfExists(outputDir.resolve(OutputLock.FILE_NAME));
        } catch (IOException | RuntimeException e) {
            return;
        }
        if (createdTop.isEmpty()) {
            return;
        }
        for (Path p = outputDir.toAbsolutePath().normalize(); p != null && p.startsWith(createdTop.get());
                p = p.getParent()) {
            try {
                Files.delete(p);
            } catch (IOException | RuntimeException e) {
                // Not empty (the run's published files, another program's), or not removable: it stays.
                return;
            }
        }
    }

    /** Removes each of {@code folders} that is empty; one that holds anything, or is gone, stays as it is. */
    static void removeEmptyFolders(Set<Path> folders) {
        for (Path folder : folders) {
            try {
                Files.deleteIfExists(folder);
            } catch (IOException | RuntimeException e) {
                // Not empty (another program's file, or a writer's file not yet gone), or not removable: a stopped
                // run's leftover folder is not worth a message of its own.
            }
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
