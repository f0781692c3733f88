package org.synthhealth.core.format.hl7;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A UTF-8 text file written beside its target under a temporary name and moved into place only on
 * {@link #commit()}, so a reader never sees a half-written file under the final name.
 */
final class AtomicFile implements AutoCloseable {

    private final Path target;
    private final Path temporary;
    private final Writer writer;
    private boolean committed;

    AtomicFile(Path target) throws IOException {
        this.target = target;
        this.temporary = target.resolveSibling("." + target.getFileName() + ".partial");
        this.writer = new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(temporary), StandardCharsets.UTF_8), 1 << 16);
    }

    Writer writer() {
        return writer;
    }

    /** Flushes, closes and moves the temporary file over the target in one step. */
    void commit() throws IOException {
        writer.close();
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        committed = true;
    }

    /** Closes the writer and, unless committed, deletes the temporary file. */
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
