package org.synthhealth.core.migration.internal.target;

import java.util.Arrays;

/**
 * One row bound for a target table; values are {@code Long}, {@code Integer}, {@code String}, {@code LocalDate} or
 * {@code LocalDateTime} (UTC), or null when absent. Mutable so faults can change a field in flight; copy first.
 */
public final class TargetRow {

    private final TargetTable table;
    private final Object[] values;

    /** A row of {@code table} holding copies of {@code values}, one per column in table order. */
    public TargetRow(TargetTable table, Object... values) {
        if (values.length != table.columns().size()) {
            throw new IllegalArgumentException(table + " needs " + table.columns().size() + " values");
        }
        this.table = table;
        this.values = values.clone();
    }

    /** The table the row belongs to. */
    public TargetTable table() {
        return table;
    }

    /** The value of a column by position. */
    public Object get(int column) {
        return values[column];
    }

    /** The value of a column by name. */
    public Object get(String column) {
        return values[table.indexOf(column)];
    }

    /** Changes a column by position. */
    public void set(int column, Object value) {
        values[column] = value;
    }

    /** Changes a column by name. */
    public void set(String column, Object value) {
        values[table.indexOf(column)] = value;
    }

    /** The row key (first column). */
    public long id() {
        return (Long) values[0];
    }

    /** An independent copy. */
    public TargetRow copy() {
        return new TargetRow(table, values);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TargetRow row && row.table == table && Arrays.equals(row.values, values);
    }

    @Override
    public int hashCode() {
        return table.hashCode() * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return table + Arrays.toString(values);
    }
}
