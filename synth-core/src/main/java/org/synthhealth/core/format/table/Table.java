package org.synthhealth.core.format.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.synthhealth.core.model.Patient;

/**
 * One output table: a name, a fixed ordered list of columns, and the rows one patient contributes.
 *
 * <p>CSV and Parquet both write exactly these columns in this order, so the two formats always agree.
 *
 * @param <R> the model record one row comes from
 */
public final class Table<R> {

    private final String name;
    private final List<Column<R>> columns;
    private final Function<Patient, List<R>> rows;

    private Table(String name, List<Column<R>> columns, Function<Patient, List<R>> rows) {
        this.name = name;
        this.columns = List.copyOf(columns);
        this.rows = rows;
    }

    /** Starts a table called {@code name} whose rows for a patient are {@code rows.apply(patient)}. */
    static <R> Builder<R> builder(String name, Function<Patient, List<R>> rows) {
        return new Builder<>(name, rows);
    }

    /** The table name, for example {@code conditions}; files are named after it. */
    public String name() {
        return name;
    }

    /** The columns, in file order. */
    public List<Column<R>> columns() {
        return columns;
    }

    /** The column names, in file order. */
    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    /** The rows {@code patient} contributes to this table, in a fixed order. */
    public List<R> rowsOf(Patient patient) {
        return rows.apply(patient);
    }

    /** The file name of this table with the given extension, for example {@code patients.csv}. */
    public String fileName(String extension) {
        return name + "." + extension;
    }

    @Override
    public String toString() {
        return name + columns;
    }

    /** Collects the columns of one table in order. */
    static final class Builder<R> {

        private final String name;
        private final Function<Patient, List<R>> rows;
        private final List<Column<R>> columns = new ArrayList<>();

        private Builder(String name, Function<Patient, List<R>> rows) {
            this.name = Objects.requireNonNull(name, "name");
            this.rows = Objects.requireNonNull(rows, "rows");
        }

        /** Adds a column every row has a value in. */
        Builder<R> required(String column, ColumnType type, Function<? super R, ?> extractor) {
            columns.add(new Column<>(column, type, false, false, extractor));
            return this;
        }

        /** Adds a column of row ids every row has. */
        Builder<R> requiredId(String column, Function<? super R, String> extractor) {
            columns.add(new Column<>(column, ColumnType.STRING, false, true, extractor));
            return this;
        }

        /** Adds a column of row ids a row may leave empty. */
        Builder<R> optionalId(String column, Function<? super R, Optional<String>> extractor) {
            columns.add(new Column<R>(column, ColumnType.STRING, true, true, row -> extractor.apply(row).orElse(null)));
            return this;
        }

        /** Adds a column a row may leave empty. */
        Builder<R> optional(String column, ColumnType type, Function<? super R, ? extends Optional<?>> extractor) {
            columns.add(new Column<R>(column, type, true, false, row -> extractor.apply(row).orElse(null)));
            return this;
        }

        Table<R> build() {
            return new Table<>(name, columns, rows);
        }
    }
}
