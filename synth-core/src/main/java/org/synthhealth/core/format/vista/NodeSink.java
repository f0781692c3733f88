package org.synthhealth.core.format.vista;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Receives global nodes as they are produced; the writer turns them into ZWR lines. */
@FunctionalInterface
interface NodeSink {

    /** Takes one node. */
    void accept(GlobalNode node) throws IOException;

    /** Builds a node from a value and subscripts (numbers or strings, written with {@link String#valueOf}). */
    default void put(String global, String value, Object... subscripts) throws IOException {
        List<String> subs = new ArrayList<>(subscripts.length);
        for (Object s : subscripts) {
            subs.add(s instanceof Double d ? ZwrNumbers.canonical(d) : String.valueOf(s));
        }
        accept(new GlobalNode(global, subs, value));
    }
}
