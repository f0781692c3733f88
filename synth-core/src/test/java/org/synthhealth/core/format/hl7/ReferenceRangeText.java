package org.synthhealth.core.format.hl7;

import java.math.BigDecimal;

/**
 * Reads an OBX-7 reference range as a receiving system would: {@code low-high} inclusive, {@code >low} and
 * {@code <high} strict, as HL7 v2.5.1 writes them. Independent of the writer, so a range written off by one step
 * disagrees with the abnormal flag the engine gave.
 */
final class ReferenceRangeText {

    private ReferenceRangeText() {
    }

    /** The flag ({@code L}, {@code H} or {@code N}) that {@code value} earns against {@code range}. */
    static String flag(BigDecimal value, String range) {
        if (range.startsWith(">")) {
            return value.compareTo(new BigDecimal(range.substring(1))) > 0 ? "N" : "L";
        }
        if (range.startsWith("<")) {
            return value.compareTo(new BigDecimal(range.substring(1))) < 0 ? "N" : "H";
        }
        int dash = range.indexOf('-', 1);
        BigDecimal low = new BigDecimal(range.substring(0, dash));
        BigDecimal high = new BigDecimal(range.substring(dash + 1));
        return value.compareTo(low) < 0 ? "L" : value.compareTo(high) > 0 ? "H" : "N";
    }
}
