package org.synthhealth.core.migration.internal.extract;

import java.util.List;
import org.synthhealth.core.format.vista.GlobalNode;

/**
 * Where a global node belongs in FileMan terms: the file (a global, or a global and file number such as
 * {@code GMR(120.8)}), the internal entry number and the node's path below the entry ({@code 0}, {@code .02,1,0}).
 */
record EntryKey(String file, long ien, String path) {

    /** The key of {@code node}, or null when the node is not part of an entry (headers, cross-references). */
    static EntryKey of(GlobalNode node) {
        List<String> subs = node.subscripts();
        int first = 0;
        String file = node.global();
        if (VistaLayout.FILE_NUMBERED.contains(file)) {
            if (subs.isEmpty()) {
                return null;
            }
            file = file + "(" + subs.get(0) + ")";
            first = 1;
        }
        if (subs.size() < first + 2 || !isEntryNumber(subs.get(first))) {
            return null;
        }
        long ien = Long.parseLong(subs.get(first));
        if (ien <= 0) {
            return null;
        }
        List<String> below = subs.subList(first + 1, subs.size());
        return new EntryKey(file, ien, below.size() == 1 ? below.get(0) : String.join(",", below));
    }

    /** The DFN a clinical entry's zero node points at, or -1 when the piece is not an entry number. */
    static long pointer(String zeroNode, int piece) {
        String pointer = SourceEntry.pieceOf(zeroNode, piece);
        return isEntryNumber(pointer) ? Long.parseLong(pointer) : -1;
    }

    static boolean isEntryNumber(String text) {
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
