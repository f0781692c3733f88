package org.synthhealth.core.config;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.synthhealth.core.format.StagedFile;

/** Writes a small file so that readers see either the old file or the complete new one, never a partial file. */
public final class AtomicFile {

    private AtomicFile() {
    }

    /** Writes {@code bytes} to a temporary file beside {@code target}, then moves it into place. */
    public static void write(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (StagedFile file = StagedFile.of(target); OutputStream out = file.openStream()) {
            out.write(bytes);
            out.close();
            file.commit();
        }
    }
}
