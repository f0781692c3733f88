package org.synthhealth.core.migration.internal.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.synthhealth.core.format.vista.GlobalNode;

/** Every entry's nodes held in memory: for small inputs given as nodes rather than as a file. */
final class MemoryStore implements EntryStore {

    private final Map<String, TreeMap<Long, NodeList>> files = new TreeMap<>();
    private final Map<String, String> paths = new HashMap<>();
    private final Map<Long, Map<String, List<Long>>> byPatient = new TreeMap<>();
    private long nodeCount;

    MemoryStore(Iterable<GlobalNode> nodes) {
        nodes.forEach(this::add);
        linkPatients();
    }

    private void add(GlobalNode node) {
        EntryKey key = EntryKey.of(node);
        if (key == null) {
            return;
        }
        String path = paths.computeIfAbsent(key.path(), p -> p);
        files.computeIfAbsent(key.file(), f -> new TreeMap<>()).computeIfAbsent(key.ien(), i -> new NodeList())
                .add(path, node.value());
        nodeCount++;
    }

    private void linkPatients() {
        files.getOrDefault(VistaLayout.PATIENT, new TreeMap<>()).keySet()
                .forEach(dfn -> byPatient.put(dfn, new TreeMap<>()));
        VistaLayout.PATIENT_POINTER.forEach((file, piece) -> {
            files.getOrDefault(file, new TreeMap<>()).forEach((ien, nodes) -> {
                long pointer = EntryKey.pointer(nodes.get("0"), piece);
                Map<String, List<Long>> patientFiles = pointer < 0 ? null : byPatient.get(pointer);
                if (patientFiles != null) {
                    patientFiles.computeIfAbsent(file, f -> new ArrayList<>()).add(ien);
                }
            });
        });
    }

    @Override
    public List<Long> patients() {
        return List.copyOf(byPatient.keySet());
    }

    @Override
    public long nodeCount() {
        return nodeCount;
    }

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

    @Override
    public Optional<SourceEntry> entry(String file, long ien) {
        NodeList nodes = files.getOrDefault(file, new TreeMap<>()).get(ien);
        return nodes == null ? Optional.empty() : Optional.of(new SourceEntry(file, ien, nodes.toMap()));
    }

    @Override
    public void close() {
        // nothing to release: the nodes are ordinary objects
    }

    /** The nodes of one entry, packed as path, value, path, value: far smaller than a map per entry. */
    private static final class NodeList {
        private String[] items = new String[2];
        private int size;

        void add(String path, String value) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
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
}
