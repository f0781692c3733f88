package org.synthhealth.core.migration.internal.extract;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.synthhealth.core.InvalidInputException;
import org.synthhealth.core.format.vista.GlobalNode;
import org.synthhealth.core.format.vista.ZwrSyntax;

/**
 * Reads every line of a ZWR file once and records where each entry's nodes lie, keeping no node text: the runs of
 * every file, the patient pointer of clinical entries and the node count.
 */
final class RunScanner implements ZwrLines.Sink {

    private final Path path;
    private final long headerLines;
    private final Map<String, FileRuns> files = new TreeMap<>();
    private FileRuns current;
    private long currentIen;
    private long runStart;
    private long runEnd;
    private long runPointer;
    private long nodeCount;

    RunScanner(Path path, long headerLines) {
        this.path = path;
        this.headerLines = headerLines;
    }

    @Override
    public void line(long offset, int length, String text, long number) {
        if (number <= headerLines || text.isBlank()) {
            return;
        }
        GlobalNode node;
        try {
            node = ZwrSyntax.parse(text.stripTrailing());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(path + ": line " + number + ": not a ZWR node, " + e.getMessage()
                    + "; fix or remove the line");
        }
        EntryKey key = EntryKey.of(node);
        if (key == null) {
            return;
        }
        nodeCount++;
        long end = offset + length;
        FileRuns runs = current != null && current.file().equals(key.file()) ? current
                : files.computeIfAbsent(key.file(),
                        f -> new FileRuns(f, VistaLayout.PATIENT_POINTER.getOrDefault(f, 0)));
        if (runs != current || key.ien() != currentIen || end - runStart > Integer.MAX_VALUE) {
            closeRun();
            current = runs;
            currentIen = key.ien();
            runStart = offset;
            runPointer = FileRuns.NO_POINTER;
        }
        runEnd = end;
        if (runPointer == FileRuns.NO_POINTER && runs.pointerPiece() > 0 && key.path().equals("0")) {
            runPointer = EntryKey.pointer(node.value(), runs.pointerPiece());
        }
    }

    private void closeRun() {
        if (current != null) {
            current.add(currentIen, runStart, (int) (runEnd - runStart), runPointer);
        }
    }

    /** Every file's runs, sorted and linked to the patients, by file name. */
    Map<String, FileRuns> finish() {
        closeRun();
        current = null;
        files.values().forEach(FileRuns::seal);
        long[] dfns = patients();
        files.values().stream().filter(f -> f.pointerPiece() > 0).forEach(f -> f.linkPatients(dfns));
        return files;
    }

    /** The DFNs of the PATIENT file, ascending, once {@link #finish()} has sorted the runs. */
    long[] patients() {
        FileRuns runs = files.get(VistaLayout.PATIENT);
        if (runs == null) {
            return new long[0];
        }
        long[] dfns = new long[runs.size()];
        int count = 0;
        for (int first = 0; first < runs.size(); first = runs.endOfEntry(first)) {
            dfns[count++] = runs.ien(first);
        }
        return java.util.Arrays.copyOf(dfns, count);
    }

    long nodeCount() {
        return nodeCount;
    }
}
