package org.synthhealth.core.format.table;

/**
 * The type of a table column, which fixes how CSV prints a value and which Parquet type stores it.
 *
 * <p>Each type has one Java value class: {@link #javaType()}.
 */
public enum ColumnType {
    /** Text; Parquet {@code BYTE_ARRAY} annotated {@code STRING}. */
    STRING(String.class),
    /** A calendar date without time zone ({@code 2024-03-15}); Parquet {@code DATE}. */
    DATE(java.time.LocalDate.class),
    /** An instant, printed in UTC ({@code 2024-03-15T14:30:00Z}); Parquet {@code TIMESTAMP(MILLIS, UTC)}. */
    TIMESTAMP(java.time.Instant.class),
    /** An exact decimal, printed without exponent; Parquet {@code DECIMAL(18, 6)}. */
    DECIMAL(java.math.BigDecimal.class),
    /** A 32-bit whole number; Parquet {@code INT32}. */
    INTEGER(Integer.class),
    /** {@code true} or {@code false}; Parquet {@code BOOLEAN}. */
    BOOLEAN(Boolean.class);

    private final Class<?> javaType;

    ColumnType(Class<?> javaType) {
        this.javaType = javaType;
    }

    /** The class of the values a column of this type holds. */
    public Class<?> javaType() {
        return javaType;
    }
}
