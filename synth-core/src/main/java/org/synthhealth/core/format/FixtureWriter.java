package org.synthhealth.core.format;

import java.io.IOException;
import org.synthhealth.core.model.Patient;

/**
 * A streaming sink that writes patients to files, fed one patient at a time in index order.
 *
 * <p>Writers write to temporary files, complete them in {@link #finish()} and move them into place in
 * {@link #commit()}, which the export calls only once every writer of the run has finished; so an interrupted or
 * failed run, in any format, never leaves a file that looks complete. {@link #close()} deletes the temporary files
 * that were not committed. A writer knows no other writer.
 */
public interface FixtureWriter extends AutoCloseable {

    /** Writes one patient. Called in index order from one thread. */
    void write(Patient patient) throws IOException;

    /** Completes every file; the files stay under their temporary names until {@link #commit()}. */
    void finish() throws IOException;

    /**
     * Moves every file {@link #finish()} completed into place, each in one atomic rename. A writer that already
     * moves its files in {@code finish()} need not override this.
     */
    default void commit() throws IOException {
    }

    /** Releases resources; deletes the temporary files that {@link #commit()} did not move into place. */
    @Override
    void close() throws IOException;
}
