package org.synthhealth.core.format.vista;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * FileMan files rebuilt from global nodes: for each file root, its header node and its entries by IEN.
 *
 * <p>A file root is a global name ({@code DPT}, {@code AUPNVSIT}) or, for globals that hold several files under their
 * file numbers, the global and the number ({@code GMR(120.8}, {@code DIC(10}, {@code GMRD(120.51}); see
 * {@link #NUMBERED_GLOBALS}. Entries are the positive whole-number subscripts below the root; cross-references
 * ({@code "B"}, {@code "SSN"}, ...) are not kept, since they can be rebuilt from the entries. Reads the whole file
 * into memory: expect a few hundred bytes per node.
 */
public final class FileManGlobals {

    /** Globals whose first subscript is a file number rather than an entry number. */
    public static final Set<String> NUMBERED_GLOBALS = Set.of("DIC", "GMR", "GMRD");

    private final Optional<ZwrHeader> header;
    private final Map<String, String> headers = new TreeMap<>();
    private final Map<String, SortedMap<Long, SortedMap<String, String>>> files = new TreeMap<>();

    private FileManGlobals(Optional<ZwrHeader> header) {
        this.header = header;
    }

    /** Reads every node of a ZWR file. */
    public static FileManGlobals read(Path zwr) throws IOException {
        FileManGlobals globals = new FileManGlobals(ZwrReader.header(zwr));
        try (Stream<GlobalNode> nodes = ZwrReader.nodes(zwr)) {
            nodes.forEach(globals::add);
        }
        return globals;
    }

    /** Collects the given nodes (no header). */
    public static FileManGlobals of(Stream<GlobalNode> nodes) {
        FileManGlobals globals = new FileManGlobals(Optional.empty());
        nodes.forEach(globals::add);
        return globals;
    }

    /** The ZWR header, when the nodes came from a file that has one. */
    public Optional<ZwrHeader> header() {
        return header;
    }

    /** The header node of a file, {@code NAME^number+flags^last IEN^count}, when present. */
    public Optional<String> fileHeader(String root) {
        return Optional.ofNullable(headers.get(root));
    }

    /** The file roots seen, sorted. */
    public Set<String> roots() {
        return Collections.unmodifiableSet(new TreeMap<>(files).keySet());
    }

    /** The entries of a file by IEN, in IEN order; empty when the file has none. */
    public SortedMap<Long, FileManEntry> entries(String root) {
        SortedMap<Long, FileManEntry> out = new TreeMap<>();
        files.getOrDefault(root, Collections.emptySortedMap())
                .forEach((ien, nodes) -> out.put(ien, new FileManEntry(ien, nodes)));
        return out;
    }

    /** One entry of a file. */
    public Optional<FileManEntry> entry(String root, long ien) {
        SortedMap<String, String> nodes = files.getOrDefault(root, Collections.emptySortedMap()).get(ien);
        return Optional.ofNullable(nodes).map(n -> new FileManEntry(ien, n));
    }

    private void add(GlobalNode node) {
        List<String> subs = node.subscripts();
        int rootLength = NUMBERED_GLOBALS.contains(node.global()) ? 1 : 0;
        if (subs.size() <= rootLength) {
            return;
        }
        String root = rootLength == 0 ? node.global() : node.global() + "(" + subs.get(0);
        String first = subs.get(rootLength);
        if (first.equals("0") && subs.size() == rootLength + 1) {
            headers.put(root, node.value());
            return;
        }
        if (!first.matches("[1-9][0-9]{0,17}") || subs.size() == rootLength + 1) {
            return;
        }
        long ien = Long.parseLong(first);
        String key = FileManEntry.key(subs.subList(rootLength + 1, subs.size()));
        files.computeIfAbsent(root, r -> new TreeMap<>()).computeIfAbsent(ien, i -> new TreeMap<>())
                .put(key, node.value());
    }
}
