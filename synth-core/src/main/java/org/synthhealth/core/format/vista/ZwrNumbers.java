package org.synthhealth.core.format.vista;

import java.math.BigDecimal;

/** Canonical MUMPS spelling of numbers used as subscripts, such as {@code .02} for the double 0.02. */
final class ZwrNumbers {

    private ZwrNumbers() {
    }

    /** The canonical MUMPS form of {@code d}: no exponent, no trailing zeros, no leading zero before the point. */
    static String canonical(double d) {
        String s = new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
        if (s.startsWith("0.")) {
            return s.substring(1);
        }
        if (s.startsWith("-0.")) {
            return "-" + s.substring(2);
        }
        return s;
    }
}
