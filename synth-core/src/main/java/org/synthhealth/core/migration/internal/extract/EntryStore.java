package org.synthhealth.core.migration.internal.extract;

import java.io.Closeable;
import java.util.List;
import java.util.Optional;

/** What {@link SourceIndex} answers from: entries held in memory, or located in a ZWR file and read on demand. */
interface EntryStore extends Closeable {

    List<Long> patients();

    long nodeCount();

    Optional<SourceRecord> query(long dfn);

    Optional<SourceEntry> entry(String file, long ien);
}
