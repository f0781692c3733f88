package org.synthhealth.core.migration.internal.extract;

import java.util.Arrays;

/**
 * Where one FileMan file's entries lie in a ZWR file, in primitive arrays: a run is a stretch of lines holding nodes
 * of one entry (other lines, such as cross-references, may sit between them). An entry is usually one run; when its
 * nodes are interleaved with another entry's it has several. Runs are kept sorted by entry number, then offset.
 *
 * <p>For a clinical file, entries are also grouped by the patient they point at, so a patient's entries are found
 * without a map per patient.
 */
final class FileRuns {

    /** No zero node was seen in the run, so the run says nothing about the patient. */
    static final long NO_POINTER = Long.MIN_VALUE;

    private final String file;
    private final int pointerPiece;
    private long[] iens = new long[16];
    private long[] offsets = new long[16];
    private int[] lengths = new int[16];
    private long[] pointers;
    private int size;
    private int[] patientStart = new int[1];
    private int[] patientEntries = new int[0];

    /** @param pointerPiece the piece of the zero node that points at the patient, or 0 for other files */
    FileRuns(String file, int pointerPiece) {
        this.file = file;
        this.pointerPiece = pointerPiece;
        this.pointers = pointerPiece > 0 ? new long[16] : null;
    }

    String file() {
        return file;
    }

    int pointerPiece() {
        return pointerPiece;
    }

    void add(long ien, long offset, int length, long pointer) {
        if (size == iens.length) {
            int capacity = size + (size >> 1);
            iens = Arrays.copyOf(iens, capacity);
            offsets = Arrays.copyOf(offsets, capacity);
            lengths = Arrays.copyOf(lengths, capacity);
            pointers = pointers == null ? null : Arrays.copyOf(pointers, capacity);
        }
        iens[size] = ien;
        offsets[size] = offset;
        lengths[size] = length;
        if (pointers != null) {
            pointers[size] = pointer;
        }
        size++;
    }

    int size() {
        return size;
    }

    long ien(int run) {
        return iens[run];
    }

    long offset(int run) {
        return offsets[run];
    }

    int length(int run) {
        return lengths[run];
    }

    /** The first run of entry {@code ien}, or -1 when the file has no such entry. */
    int firstRun(long ien) {
        int low = 0;
        int high = size;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (iens[mid] < ien) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low < size && iens[low] == ien ? low : -1;
    }

    /** The run after the last run of the entry starting at {@code first}. */
    int endOfEntry(int first) {
        int end = first + 1;
        while (end < size && iens[end] == iens[first]) {
            end++;
        }
        return end;
    }

    /** Sorts the runs by entry number (keeping file order within an entry) and trims the arrays. */
    void seal() {
        boolean sorted = true;
        for (int i = 1; i < size && sorted; i++) {
            sorted = iens[i - 1] <= iens[i];
        }
        if (!sorted) {
            int[] order = RunOrder.ascending(iens, size);
            iens = permute(iens, order);
            offsets = permute(offsets, order);
            int[] lengthsSorted = new int[size];
            for (int i = 0; i < size; i++) {
                lengthsSorted[i] = lengths[order[i]];
            }
            lengths = lengthsSorted;
            pointers = pointers == null ? null : permute(pointers, order);
        } else {
            iens = Arrays.copyOf(iens, size);
            offsets = Arrays.copyOf(offsets, size);
            lengths = Arrays.copyOf(lengths, size);
        }
    }

    /**
     * Groups the entries by the patient their first zero node points at, keeping only pointers to {@code dfns}
     * (sorted); entries of a patient stay in entry-number order. Forgets the pointers afterwards.
     */
    void linkPatients(long[] dfns) {
        int[] slotOfEntry = new int[size];
        int[] counts = new int[dfns.length + 1];
        for (int first = 0; first < size; first = endOfEntry(first)) {
            long pointer = NO_POINTER;
            int end = endOfEntry(first);
            for (int run = first; run < end && pointer == NO_POINTER; run++) {
                pointer = pointers[run];
            }
            int slot = pointer < 0 ? -1 : Arrays.binarySearch(dfns, pointer);
            slotOfEntry[first] = slot < 0 ? -1 : slot;
            if (slot >= 0) {
                counts[slot + 1]++;
            }
        }
        for (int i = 0; i < dfns.length; i++) {
            counts[i + 1] += counts[i];
        }
        int[] entries = new int[counts[dfns.length]];
        int[] fill = Arrays.copyOf(counts, dfns.length);
        for (int first = 0; first < size; first = endOfEntry(first)) {
            if (slotOfEntry[first] >= 0) {
                entries[fill[slotOfEntry[first]]++] = first;
            }
        }
        patientStart = counts;
        patientEntries = entries;
        pointers = null;
    }

    /** The first runs of the entries pointing at the patient in {@code slot}, in entry-number order. */
    int[] entriesOf(int slot) {
        if (slot + 1 >= patientStart.length) {
            return new int[0];
        }
        return Arrays.copyOfRange(patientEntries, patientStart[slot], patientStart[slot + 1]);
    }

    private static long[] permute(long[] values, int[] order) {
        long[] out = new long[order.length];
        for (int i = 0; i < order.length; i++) {
            out[i] = values[order[i]];
        }
        return out;
    }
}
