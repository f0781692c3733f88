package org.synthhealth.core.migration.internal.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.synthhealth.core.format.vista.GlobalNode;
import org.synthhealth.core.format.vista.ZwrHeader;
import org.synthhealth.core.format.vista.ZwrReader;
import org.synthhealth.core.format.vista.ZwrSyntax;

/**
 * Entries located in a ZWR file and read back from it on demand: memory holds only where each entry lies (about
 * 20 bytes per entry), not its text. The file must not change while the store is open. Thread-safe.
 */
final class ZwrStore implements EntryStore {

    /** Runs closer than this are read in one go, so a patient's nodes usually take a single read. */
    private static final long GAP = 64 * 1024;
    private static final long MAX_WINDOW = 4 * 1024 * 1024;
    private static final int CACHED_ENTRIES = 4096;

    private final FileChannel channel;
    private final ZwrLines lines;
    private final Map<String, FileRuns> files;
    private final long[] dfns;
    private final long nodeCount;
    private final Map<Target, SourceEntry> dictionaryCache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Target, SourceEntry> eldest) {
            return size() > CACHED_ENTRIES;
        }
    };

    /** An entry by file and entry number. */
    private record Target(String file, long ien) {
    }

    private ZwrStore(FileChannel channel, ZwrLines lines, RunScanner scanner) {
        this.channel = channel;
        this.lines = lines;
        this.files = scanner.finish();
        this.dfns = scanner.patients();
        this.nodeCount = scanner.nodeCount();
    }

    /** Indexes {@code zwr}, keeping it open for the queries that follow. */
    static ZwrStore open(Path zwr) throws IOException {
        Optional<ZwrHeader> header = ZwrReader.header(zwr);
        boolean utf8 = header.map(h -> h.label().stripTrailing().endsWith("UTF-8")).orElse(false);
        FileChannel channel = FileChannel.open(zwr, StandardOpenOption.READ);
        try {
            ZwrLines lines = new ZwrLines(channel, utf8);
            RunScanner scanner = new RunScanner(zwr, header.isPresent() ? 2 : 0);
            lines.scan(0, channel.size(), scanner);
            return new ZwrStore(channel, lines, scanner);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public List<Long> patients() {
        return Arrays.stream(dfns).boxed().toList();
    }

    @Override
    public long nodeCount() {
        return nodeCount;
    }

    @Override
    public Optional<SourceRecord> query(long dfn) {
        int slot = Arrays.binarySearch(dfns, dfn);
        if (slot < 0) {
            return Optional.empty();
        }
        FileRuns patientRuns = files.get(VistaLayout.PATIENT);
        Map<Target, Map<String, String>> wanted = new HashMap<>();
        List<Integer> runs = new ArrayList<>();
        List<FileRuns> runFiles = new ArrayList<>();
        want(patientRuns, patientRuns.firstRun(dfn), wanted, runs, runFiles);
        Map<FileRuns, int[]> clinical = new LinkedHashMap<>();
        for (FileRuns file : files.values()) {
            if (file.pointerPiece() > 0) {
                int[] entries = file.entriesOf(slot);
                if (entries.length > 0) {
                    clinical.put(file, entries);
                    for (int first : entries) {
                        want(file, first, wanted, runs, runFiles);
                    }
                }
            }
        }
        read(wanted, runs, runFiles);

        SourceEntry patient = new SourceEntry(VistaLayout.PATIENT, dfn, wanted.get(new Target(VistaLayout.PATIENT,
                dfn)));
        int nodes = patient.nodes().size();
        Map<String, List<SourceEntry>> entries = new TreeMap<>();
        for (Map.Entry<FileRuns, int[]> file : clinical.entrySet()) {
            List<SourceEntry> list = new ArrayList<>();
            for (int first : file.getValue()) {
                String name = file.getKey().file();
                long ien = file.getKey().ien(first);
                SourceEntry entry = new SourceEntry(name, ien, wanted.get(new Target(name, ien)));
                nodes += entry.nodes().size();
                list.add(entry);
            }
            entries.put(file.getKey().file(), list);
        }
        return Optional.of(new SourceRecord(dfn, patient, entries, nodes));
    }

    @Override
    public Optional<SourceEntry> entry(String file, long ien) {
        FileRuns runs = files.get(file);
        int first = runs == null ? -1 : runs.firstRun(ien);
        if (first < 0) {
            return Optional.empty();
        }
        Target target = new Target(file, ien);
        boolean dictionary = runs.pointerPiece() == 0 && !file.equals(VistaLayout.PATIENT);
        if (dictionary) {
            synchronized (dictionaryCache) {
                SourceEntry cached = dictionaryCache.get(target);
                if (cached != null) {
                    return Optional.of(cached);
                }
            }
        }
        Map<Target, Map<String, String>> wanted = new HashMap<>();
        List<Integer> runList = new ArrayList<>();
        List<FileRuns> runFiles = new ArrayList<>();
        want(runs, first, wanted, runList, runFiles);
        read(wanted, runList, runFiles);
        SourceEntry entry = new SourceEntry(file, ien, wanted.get(target));
        if (dictionary) {
            synchronized (dictionaryCache) {
                dictionaryCache.put(target, entry);
            }
        }
        return Optional.of(entry);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    private static void want(FileRuns file, int first, Map<Target, Map<String, String>> wanted, List<Integer> runs,
            List<FileRuns> runFiles) {
        wanted.put(new Target(file.file(), file.ien(first)), new LinkedHashMap<>());
        for (int run = first; run < file.endOfEntry(first); run++) {
            runs.add(run);
            runFiles.add(file);
        }
    }

    /** Reads the wanted entries' runs in file order, nearby runs together, filling each entry's nodes. */
    private void read(Map<Target, Map<String, String>> wanted, List<Integer> runs, List<FileRuns> runFiles) {
        int count = runs.size();
        long[] starts = new long[count];
        long[] ends = new long[count];
        for (int i = 0; i < count; i++) {
            starts[i] = runFiles.get(i).offset(runs.get(i));
            ends[i] = starts[i] + runFiles.get(i).length(runs.get(i));
        }
        int[] order = RunOrder.ascending(starts, count);
        ZwrLines.Sink sink = (offset, length, text, number) -> collect(text, wanted);
        try {
            int i = 0;
            while (i < count) {
                long from = starts[order[i]];
                long to = ends[order[i]];
                i++;
                while (i < count && starts[order[i]] - to <= GAP && ends[order[i]] - from <= MAX_WINDOW) {
                    to = Math.max(to, ends[order[i]]);
                    i++;
                }
                lines.scan(from, to, sink);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the VistA source: " + e.getMessage(), e);
        }
    }

    private static void collect(String text, Map<Target, Map<String, String>> wanted) {
        if (text.isBlank()) {
            return;
        }
        GlobalNode node;
        try {
            node = ZwrSyntax.parse(text.stripTrailing());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the VistA source changed after it was indexed: " + e.getMessage(), e);
        }
        EntryKey key = EntryKey.of(node);
        if (key != null) {
            Map<String, String> nodes = wanted.get(new Target(key.file(), key.ien()));
            if (nodes != null) {
                nodes.put(key.path(), node.value());
            }
        }
    }
}
