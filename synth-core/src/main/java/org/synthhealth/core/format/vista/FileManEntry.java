package org.synthhealth.core.format.vista;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One entry of a FileMan file as read from globals: its internal entry number (IEN) and every node below it.
 *
 * <p>Nodes are keyed by the subscripts after the IEN joined with commas: {@code ^DPT(7,0)} is node {@code "0"} of
 * entry 7, {@code ^DPT(7,.02,1,0)} is node {@code ".02,1,0"}, {@code ^DPT(7,"MPI")} is node {@code "MPI"}.
 *
 * @param ien the internal entry number
 * @param nodes node key to value, sorted by key
 */
public record FileManEntry(long ien, SortedMap<String, String> nodes) {

    /** Copies the nodes into an unmodifiable sorted map. */
    public FileManEntry {
        nodes = Collections.unmodifiableSortedMap(new TreeMap<>(nodes));
    }

    /** The value of the node below the IEN at {@code subscripts}, for example {@code node(.11)}. */
    public Optional<String> node(Object... subscripts) {
        return Optional.ofNullable(nodes.get(key(List.of(subscripts))));
    }

    /** Piece {@code n} (1-based) of the node at {@code subscript}; empty text when the node or piece is absent. */
    public String piece(Object subscript, int n) {
        return node(subscript).map(v -> piece(v, n)).orElse("");
    }

    /** Piece {@code n} (1-based) of a {@code ^}-delimited value, as {@code $PIECE} gives it; empty when absent. */
    public static String piece(String value, int n) {
        int start = 0;
        for (int i = 1; i < n; i++) {
            int caret = value.indexOf('^', start);
            if (caret < 0) {
                return "";
            }
            start = caret + 1;
        }
        int end = value.indexOf('^', start);
        return end < 0 ? value.substring(start) : value.substring(start, end);
    }

    /** The node key for subscripts, written as {@link String#valueOf} of each and joined with commas. */
    static String key(List<?> subscripts) {
        StringBuilder key = new StringBuilder();
        for (Object s : subscripts) {
            if (key.length() > 0) {
                key.append(',');
            }
            key.append(s instanceof Double d ? ZwrNumbers.canonical(d) : String.valueOf(s));
        }
        return key.toString();
    }
}
