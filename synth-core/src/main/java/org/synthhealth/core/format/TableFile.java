package org.synthhealth.core.format;

import java.io.IOException;
import org.synthhealth.core.model.Patient;

/**
 * One table's file inside a table format: takes each patient's rows, then is either finished or closed. The staged
 * file itself belongs to the {@link AtomicOutput} that commits or discards it.
 */
public interface TableFile {

    /** Appends the rows {@code patient} contributes to this table. */
    void write(Patient patient) throws IOException;

    /** Flushes and closes the file after the last patient; committing it is the owner's job. */
    void finish() throws IOException;

    /** Closes the file after a failure; does nothing once finished. */
    void close() throws IOException;
}
