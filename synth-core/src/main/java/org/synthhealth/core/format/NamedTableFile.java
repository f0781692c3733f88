package org.synthhealth.core.format;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.synthhealth.core.model.Patient;

/**
 * A table file whose write failures name the file. A stream reports a full disk with the system's reason alone
 * ("No space left on device"); the user needs to know which output ran into it.
 */
final class NamedTableFile implements TableFile {

    private final TableFile file;
    private final Path target;

    NamedTableFile(TableFile file, Path target) {
        this.file = file;
        this.target = target;
    }

    @Override
    public void write(Patient patient) throws IOException {
        naming(target, () -> file.write(patient));
    }

    @Override
    public void finish() throws IOException {
        naming(target, file::finish);
    }

    @Override
    public void close() throws IOException {
        file.close();
    }

    /** Runs {@code step}, giving a failure without a file the name {@code target}. */
    static void naming(Path target, Step step) throws IOException {
        try {
            step.run();
        } catch (FileSystemException e) {
            throw e;
        } catch (IOException e) {
            FileSystemException named = new FileSystemException(target.toString(), null, e.getMessage());
            named.initCause(e);
            throw named;
        }
    }

    /** One step of writing a file. */
    @FunctionalInterface
    interface Step {
        void run() throws IOException;
    }
}
