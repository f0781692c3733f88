package org.synthhealth.core.migration.internal.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.synthhealth.core.format.vista.GlobalNode;

/**
 * The source VistA database, indexed: every FileMan entry by file and entry number, and every clinical entry by the
 * patient it points at. Built once from a ZWR file (the "connect" step), then queried patient by patient.
 *
 * <p>An index read from a file keeps only where each entry lies in the file (a few dozen bytes per entry) and reads
 * the entry's lines again when it is queried, so a 100,000-patient source fits in a small heap. It holds the file
 * open until {@link #close()}; the file must not change meanwhile. Small dictionary entries (RACE, ICD...) are
 * cached. An index made {@link #of(Iterable) of nodes} keeps them in memory.
 */
public final class SourceIndex implements VistaSource {

    private final EntryStore store;

    private SourceIndex(EntryStore store) {
        this.store = store;
    }

    /** Reads a ZWR file as written by the VistA format or by {@code mupip extract -format=zwr}. */
    public static SourceIndex read(Path zwr) throws IOException {
        return new SourceIndex(ZwrStore.open(zwr));
    }

    /** Indexes nodes already in memory. */
    public static SourceIndex of(Iterable<GlobalNode> nodes) {
        return new SourceIndex(new MemoryStore(nodes));
    }

    /** The DFNs of every patient in the source, ascending. */
    @Override
    public List<Long> patients() {
        return store.patients();
    }

    /** How many global nodes were read in all. */
    @Override
    public long nodeCount() {
        return store.nodeCount();
    }

    /** Everything about one patient, or empty when the source has no such DFN. */
    @Override
    public Optional<SourceRecord> query(long dfn) {
        return store.query(dfn);
    }

    /** One entry of any file (dictionaries such as RACE included), when present. */
    @Override
    public Optional<SourceEntry> entry(String file, long ien) {
        return store.entry(file, ien);
    }

    /** Releases the source file; queries after this fail. */
    @Override
    public void close() {
        try {
            store.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
