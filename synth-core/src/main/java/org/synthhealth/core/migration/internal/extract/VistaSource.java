package org.synthhealth.core.migration.internal.extract;

import java.util.List;
import java.util.Optional;

/**
 * Where the migration's extract stage reads VistA from: the patients, each patient's FileMan entries, and single
 * entries of the dictionaries that clinical entries point at (RACE, ICD DIAGNOSIS, DRUG, ...).
 *
 * <p>A read that fails for a reason other than a missing entry (a GT.M error, a dead connection) throws
 * {@link SourceReadException}, which the pipeline turns into a failed patient with that reason.
 */
public interface VistaSource extends AutoCloseable {

    /** The DFNs of every patient in the source, ascending. */
    List<Long> patients();

    /** How many entry nodes the source holds in all. */
    long nodeCount();

    /** Everything about one patient, or empty when the source has no such DFN. */
    Optional<SourceRecord> query(long dfn);

    /** One entry of any file (dictionaries such as RACE included), when present. */
    Optional<SourceEntry> entry(String file, long ien);

    /** Releases what the source holds open; reading from a closed source is not allowed. Nothing by default. */
    @Override
    default void close() {
    }
}
