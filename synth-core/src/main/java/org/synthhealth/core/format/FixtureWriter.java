package org.synthhealth.core.format;

import java.io.IOException;
import org.synthhealth.core.model.Patient;

/**
 * A streaming sink that writes patients to files, fed one patient at a time in index order.
 *
 * <p>Writers write to temporary files and move them into place only in {@link #finish()}, so an interrupted or failed
 * run never leaves a file that looks complete. {@link #close()} after a failure (without {@code finish()}) deletes the
 * temporary files. A writer knows no other writer.
 */
public interface FixtureWriter extends AutoCloseable {

    /** Writes one patient. Called in index order from one thread. */
    void write(Patient patient) throws IOException;

    /** Completes every file and moves it into place atomically. */
    void finish() throws IOException;

    /** Releases resources; deletes temporary files when {@link #finish()} was not reached. */
    @Override
    void close() throws IOException;
}
