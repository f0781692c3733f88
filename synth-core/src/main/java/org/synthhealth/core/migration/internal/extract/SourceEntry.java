package org.synthhealth.core.migration.internal.extract;

import java.util.Map;
import java.util.Optional;

/**
 * One FileMan entry as read from the globals: its file, its internal entry number and its nodes, keyed by the
 * subscripts below the entry (for example {@code 0}, {@code .11}, {@code .02,1,0}).
 */
public record SourceEntry(String file, long ien, Map<String, String> nodes) {

    public SourceEntry {
        nodes = Map.copyOf(nodes);
    }

    /** The value of a node, when present. */
    public Optional<String> node(String path) {
        return Optional.ofNullable(nodes.get(path));
    }

    /** Piece {@code n} (from 1, {@code ^}-delimited) of a node, or empty when the node or the piece is missing. */
    public String piece(String path, int n) {
        String value = nodes.get(path);
        if (value == null) {
            return "";
        }
        int start = 0;
        for (int i = 1; i < n; i++) {
            start = value.indexOf('^', start);
            if (start < 0) {
                return "";
            }
            start++;
        }
        int end = value.indexOf('^', start);
        return end < 0 ? value.substring(start) : value.substring(start, end);
    }

    /** Where this entry lives, for messages: {@code ^AUPNPROB(12)}. */
    public String address() {
        return "^" + (file.contains("(") ? file.replace(")", ",") + ien + ")" : file + "(" + ien + ")");
    }
}
