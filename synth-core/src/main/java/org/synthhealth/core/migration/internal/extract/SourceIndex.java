package org.synthhealth.core.migration.internal.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.synthhealth.core.format.vista.GlobalNode;
import org.synthhealth.core.format.vista.ZwrReader;

/**
 * The source VistA database, indexed: every FileMan entry by file and entry number, and every clinical entry by the
 * patient it points at. Built once from a ZWR file (the "connect" step), then queried patient by patient.
 */
public final class SourceIndex implements VistaSource {

    private final Map<String, TreeMap<Long, NodeList>> files = new TreeMap<>();
    private final Map<String, String> paths = new java.util.HashMap<>();
    private final Map<Long, Map<String, List<Long>>> byPatient = new TreeMap<>();
    private long nodeCount;

    /** Reads a ZWR file as written by the VistA format or by {@code mupip extract -format=zwr}. */
    public static SourceIndex read(Path zwr) throws IOException {
        SourceIndex index = new SourceIndex();
        try (Stream<GlobalNode> nodes = ZwrReader.nodes(zwr)) {
            nodes.forEach(index::add);
        }
        index.linkPatients();
        return index;
    }

    /** Indexes nodes already in memory. */
    public static SourceIndex of(Iterable<GlobalNode> nodes) {
        SourceIndex index = new SourceIndex();
        nodes.forEach(index::add);
        index.linkPatients();
        return index;
    }

    private void add(GlobalNode node) {
        List<String> subs = node.subscripts();
        int first = 0;
        String file = node.global();
        if (VistaLayout.FILE_NUMBERED.contains(file)) {
            if (subs.isEmpty()) {
                return;
            }
            file = file + "(" + subs.get(0) + ")";
            first = 1;
        }
        if (subs.size() < first + 2 || !isEntryNumber(subs.get(first))) {
            return;
        }
        long ien = Long.parseLong(subs.get(first));
        if (ien <= 0) {
            return;
        }
        String path = paths.computeIfAbsent(String.join(",", subs.subList(first + 1, subs.size())), p -> p);
        files.computeIfAbsent(file, f -> new TreeMap<>()).computeIfAbsent(ien, i -> new NodeList())
                .add(path, node.value());
        nodeCount++;
    }

    private void linkPatients() {
        files.getOrDefault(VistaLayout.PATIENT, new TreeMap<>()).keySet()
                .forEach(dfn -> byPatient.put(dfn, new TreeMap<>()));
        VistaLayout.PATIENT_POINTER.forEach((file, piece) -> {
            files.getOrDefault(file, new TreeMap<>()).forEach((ien, nodes) -> {
                String pointer = SourceEntry.pieceOf(nodes.get("0"), piece);
                if (isEntryNumber(pointer)) {
                    Map<String, List<Long>> patientFiles = byPatient.get(Long.parseLong(pointer));
                    if (patientFiles != null) {
                        patientFiles.computeIfAbsent(file, f -> new ArrayList<>()).add(ien);
                    }
                }
            });
        });
    }

    /** The DFNs of every patient in the source, ascending. */
    @Override
    public List<Long> patients() {
        return List.copyOf(byPatient.keySet());
    }

    /** How many global nodes were read in all. */
    @Override
    public long nodeCount() {
        return nodeCount;
    }

    /** Everything about one patient, or empty when the source has no such DFN. */
    @Override
    public Optional<SourceRecord> query(long dfn) {
        Map<String, List<Long>> patientFiles = byPatient.get(dfn);
        if (patientFiles == null) {
            return Optional.empty();
        }
        SourceEntry patient = entry(VistaLayout.PATIENT, dfn).orElseThrow();
        int nodes = patient.nodes().size();
        Map<String, List<SourceEntry>> entries = new TreeMap<>();
        for (Map.Entry<String, List<Long>> file : patientFiles.entrySet()) {
            List<SourceEntry> list = new ArrayList<>();
            for (long ien : file.getValue()) {
                SourceEntry entry = entry(file.getKey(), ien).orElseThrow();
                nodes += entry.nodes().size();
                list.add(entry);
            }
            entries.put(file.getKey(), list);
        }
        return Optional.of(new SourceRecord(dfn, patient, entries, nodes));
    }

    /** One entry of any file (dictionaries such as RACE included), when present. */
    @Override
    public Optional<SourceEntry> entry(String file, long ien) {
        NodeList nodes = files.getOrDefault(file, new TreeMap<>()).get(ien);
        return nodes == null ? Optional.empty() : Optional.of(new SourceEntry(file, ien, nodes.toMap()));
    }

    /** The nodes of one entry, packed as path, value, path, value: far smaller than a map per entry. */
    private static final class NodeList {
        private String[] items = new String[2];
        private int size;

        void add(String path, String value) {
            if (size == items.length) {
                items = java.util.Arrays.copyOf(items, size * 2);
            }
            items[size++] = path;
            items[size++] = value;
        }

        String get(String path) {
            for (int i = 0; i < size; i += 2) {
                if (items[i].equals(path)) {
                    return items[i + 1];
                }
            }
            return null;
        }

        Map<String, String> toMap() {
            Map<String, String> map = new LinkedHashMap<>();
            for (int i = 0; i < size; i += 2) {
                map.put(items[i], items[i + 1]);
            }
            return map;
        }
    }

    private static boolean isEntryNumber(String text) {
        if (text.isEmpty() || text.length() > 18) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
