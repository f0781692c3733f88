package org.synthhealth.core.format.fhir.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.synthhealth.core.format.StagedFile;

/**
 * A text file written under a temporary name beside its target and moved into place atomically on
 * {@link #commit()}, so no reader ever sees a half-written file under the final name.
 */
public final class AtomicFile implements AutoCloseable {

    private final StagedFile file;
    private final Writer writer;

    private AtomicFile(Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        this.file = StagedFile.of(target);
        this.writer = new NamingWriter(new BufferedWriter(new OutputStreamWriter(file.openStream(),
                StandardCharsets.UTF_8), 1 << 16), target);
    }

    /** Opens a UTF-8 file that will become {@code target} on commit. */
    public static AtomicFile open(Path target) throws IOException {
        return new AtomicFile(target);
    }

    /** The writer of the temporary file. */
    public Writer writer() {
        return writer;
    }

    /** Completes the temporary file; it becomes the target on {@link #commit()}. */
    public void finish() throws IOException {
        writer.close();
    }

    /** Completes the temporary file if {@link #finish()} did not, and moves it over the target in one step. */
    public void commit() throws IOException {
        writer.close();
        file.commit();
    }

    /** Deletes the temporary file unless it was committed. */
    @Override
    public void close() throws IOException {
        if (!file.committed()) {
            try {
                writer.close();
            } finally {
                file.close();
            }
        }
    }
}
