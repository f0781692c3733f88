package org.synthhealth.core.format.table;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One column of a {@link Table}: its name, type, whether it may be empty, and how its value is read from a row.
 *
 * @param <R> the model record one table row comes from
 */
public final class Column<R> {

    private final String name;
    private final ColumnType type;
    private final boolean nullable;
    private final boolean id;
    private final Function<? super R, ?> extractor;

    Column(String name, ColumnType type, boolean nullable, boolean id, Function<? super R, ?> extractor) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.nullable = nullable;
        this.id = id;
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    /** The column name, lower snake case, as in the CSV header and the Parquet schema. */
    public String name() {
        return name;
    }

    /** The value type. */
    public ColumnType type() {
        return type;
    }

    /** Whether a row may have no value in this column. */
    public boolean nullable() {
        return nullable;
    }

    /**
     * Whether the column holds row ids ({@link org.synthhealth.core.model.Ids}): text of hex digits and hyphens only,
     * which no text format needs to quote or escape.
     */
    public boolean isId() {
        return id;
    }

    /** The value of this column in {@code row}, empty when the row has none. */
    public Optional<Object> value(R row) {
        return Optional.ofNullable(valueOrNull(row));
    }

    /**
     * The value of this column in {@code row}, or {@code null} when the row has none.
     *
     * <p>Writers use this on their hot path to avoid one {@code Optional} per cell; the value is an instance of
     * {@link ColumnType#javaType()}.
     */
    public Object valueOrNull(R row) {
        return extractor.apply(row);
    }

    @Override
    public String toString() {
        return name + " " + type + (nullable ? " NULL" : " NOT NULL");
    }
}
