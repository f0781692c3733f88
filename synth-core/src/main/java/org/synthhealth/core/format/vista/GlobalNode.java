package org.synthhealth.core.format.vista;

import java.util.List;

/**
 * One node of a MUMPS global as written in a ZWR file: {@code ^DPT(7,0)="DOE,JOHN^M^2800115"}.
 *
 * @param global the global name without the caret, for example {@code DPT}
 * @param subscripts each a {@link String} or a canonical number written as a {@link String} of digits; numeric
 *     subscripts are those that are canonical MUMPS numbers (for example {@code 7}, {@code .02}, {@code 120.8})
 * @param value the node's value, unescaped
 */
public record GlobalNode(String global, List<String> subscripts, String value) {

    /** Copies the subscripts into an unmodifiable list. */
    public GlobalNode {
        subscripts = List.copyOf(subscripts);
    }
}
