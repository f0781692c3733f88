package org.synthhealth.core.format.fhir.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A text file written under a temporary name beside its target and moved into place atomically on
 * {@link #commit()}, so no reader ever sees a half-written file under the final name.
 */
public final class AtomicFile implements AutoCloseable {

    private final Path target;
    private final Path temporary;
    private final Writer writer;
    private boolean committed;

    private AtomicFile(Path target) throws IOException {
        this.target = target;
        Files.createDirectories(target.toAbsolutePath().getParent());
        this.temporary = target.resolveSibling("." + target.getFileName() + ".partial");
        this.writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temporary),
                StandardCharsets.UTF_8), 1 << 16);
    }

    /** Opens a UTF-8 file that will become {@code target} on commit. */
    public static AtomicFile open(Path target) throws IOException {
        return new AtomicFile(target);
    }

    /** The writer of the temporary file. */
    public Writer writer() {
        return writer;
    }

    /** Closes the temporary file and moves it over the target in one step. */
    public void commit() throws IOException {
        writer.close();
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        committed = true;
    }

    /** Deletes the temporary file unless it was committed. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            try {
                writer.close();
            } finally {
                Files.deleteIfExists(temporary);
            }
        }
    }
}
