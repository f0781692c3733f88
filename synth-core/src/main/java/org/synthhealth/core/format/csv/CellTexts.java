package org.synthhealth.core.format.csv;

import org.synthhealth.core.format.table.CellText;

/**
 * The text of each column's values, remembering the last value per column: rows of one visit repeat its time and
 * codes (nine vital signs share one timestamp), so most non-text cells are formatted once, not once per row.
 */
final class CellTexts {

    private final Object[] lastValues;
    private final String[] lastTexts;

    CellTexts(int columns) {
        this.lastValues = new Object[columns];
        this.lastTexts = new String[columns];
    }

    /** The text of {@code value} in column {@code column}, as {@link CellText#of} gives it. */
    String of(int column, Object value) {
        if (value == null || value instanceof String) {
            return CellText.of(value);
        }
        if (value.equals(lastValues[column])) {
            return lastTexts[column];
        }
        String text = CellText.of(value);
        lastValues[column] = value;
        lastTexts[column] = text;
        return text;
    }
}
