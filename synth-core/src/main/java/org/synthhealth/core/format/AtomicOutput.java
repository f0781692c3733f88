package org.synthhealth.core.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The set of {@link StagedFile}s one writer produces in one output directory, committed or discarded together.
 *
 * <p>Each file moves into place atomically on {@link #commitAll()}; {@link #close()} before that deletes every
 * temporary file, so a failed run leaves no file that looks complete. Not thread-safe.
 */
public final class AtomicOutput implements AutoCloseable {

    private final Path directory;
    private final List<StagedFile> files = new ArrayList<>();

    private AtomicOutput(Path directory) {
        this.directory = directory;
    }

    /** Opens an output in {@code directory}, creating the directory if it is missing. */
    public static AtomicOutput in(Path directory) throws IOException {
        Files.createDirectories(directory);
        return new AtomicOutput(directory);
    }

    /** The output directory. */
    public Path directory() {
        return directory;
    }

    /** Stages the file {@code fileName} in the output directory. */
    public StagedFile stage(String fileName) throws IOException {
        StagedFile file = StagedFile.of(directory.resolve(fileName));
        files.add(file);
        return file;
    }

    /** Moves every staged file into place, in the order they were staged. */
    public void commitAll() throws IOException {
        for (StagedFile file : files) {
            file.commit();
        }
    }

    /** Deletes the temporary file of every staged file that was not committed. */
    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (StagedFile file : files) {
            try {
                file.close();
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
