package org.synthhealth.core.format;

import java.io.IOException;
import org.synthhealth.core.model.Patient;

/**
 * A table file whose rows are made ready ({@link #prepare}) apart from being written ({@link #writePrepared}), so the
 * two halves can run on two threads: {@link TableLanes} does this for its busiest table.
 *
 * <p>Each half is called from one thread at a time, in patient order; {@code prepare} touches nothing that
 * {@code writePrepared} uses, so the bytes are the same whether one thread does both or two do.
 *
 * @param <P> one patient's rows, ready to write
 */
public interface PreparedTableFile<P> extends TableFile {

    /** The rows {@code patient} contributes to this table, in the form the file stores. */
    P prepare(Patient patient);

    /** Appends rows made by {@link #prepare}, in patient order. */
    void writePrepared(P rows) throws IOException;

    @Override
    default void write(Patient patient) throws IOException {
        writePrepared(prepare(patient));
    }
}
