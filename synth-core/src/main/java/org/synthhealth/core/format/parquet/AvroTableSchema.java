package org.synthhealth.core.format.parquet;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.synthhealth.core.format.table.Column;
import org.synthhealth.core.format.table.ColumnType;
import org.synthhealth.core.format.table.Table;

/**
 * Derives the Avro schema of a table from the table model and converts column values to Avro's stored forms.
 *
 * <p>Dates are {@code int} with logical type {@code date}; instants are {@code long} with {@code timestamp-millis}
 * (parquet-avro writes it as {@code TIMESTAMP(MILLIS, isAdjustedToUTC=true)}); decimals are 8-byte {@code fixed} with
 * logical type {@code decimal(18, 6)}; optional columns are {@code ["null", T]} unions with default {@code null}.
 */
final class AvroTableSchema {

    /** Digits of every decimal column; 18 is the most an 8-byte two's-complement value can hold. */
    static final int DECIMAL_PRECISION = 18;
    /** Fraction digits of every decimal column; enough for any measured value the engine produces. */
    static final int DECIMAL_SCALE = 6;

    private static final String NAMESPACE = "org.synthhealth.tables";
    private static final int DECIMAL_BYTES = 8;

    private AvroTableSchema() {
    }

    /** The Avro record schema of {@code table}: one field per column, in column order. */
    static Schema of(Table<?> table) {
        SchemaBuilder.FieldAssembler<Schema> fields = SchemaBuilder.record(table.name()).namespace(NAMESPACE)
                .fields();
        for (Column<?> column : table.columns()) {
            Schema type = typeOf(column.name(), column.type());
            if (column.nullable()) {
                fields = fields.name(column.name()).type(Schema.createUnion(Schema.create(Schema.Type.NULL), type))
                        .withDefault(null);
            } else {
                fields = fields.name(column.name()).type(type).noDefault();
            }
        }
        return fields.endRecord();
    }

    private static Schema typeOf(String columnName, ColumnType type) {
        return switch (type) {
            case STRING -> Schema.create(Schema.Type.STRING);
            case DATE -> LogicalTypes.date().addToSchema(Schema.create(Schema.Type.INT));
            case TIMESTAMP -> LogicalTypes.timestampMillis().addToSchema(Schema.create(Schema.Type.LONG));
            case DECIMAL -> LogicalTypes.decimal(DECIMAL_PRECISION, DECIMAL_SCALE)
                    .addToSchema(Schema.createFixed(columnName + "_decimal", null, NAMESPACE, DECIMAL_BYTES));
            case INTEGER -> Schema.create(Schema.Type.INT);
            case BOOLEAN -> Schema.create(Schema.Type.BOOLEAN);
        };
    }

    /**
     * The reusable Avro value of each decimal column, by column position (null for other columns). parquet-avro
     * copies the bytes of a fixed value it keeps (statistics), so one instance per column serves every row.
     */
    static GenericData.Fixed[] decimalSlots(Schema record) {
        List<Schema.Field> fields = record.getFields();
        GenericData.Fixed[] slots = new GenericData.Fixed[fields.size()];
        for (int i = 0; i < slots.length; i++) {
            Schema schema = fields.get(i).schema();
            if (schema.isUnion()) {
                schema = schema.getTypes().get(1);
            }
            if (schema.getType() == Schema.Type.FIXED) {
                slots[i] = new GenericData.Fixed(schema, new byte[DECIMAL_BYTES]);
            }
        }
        return slots;
    }

    /**
     * A column value as a prepared row holds it: days for a date, epoch milliseconds for an instant, the unscaled
     * {@code DECIMAL(18, 6)} value for a decimal (see {@link #writeUnscaled}), else the value itself.
     */
    static Object prepared(Object value, ColumnType type) {
        if (value == null) {
            return null;
        }
        return switch (type) {
            case DATE -> Math.toIntExact(((LocalDate) value).toEpochDay());
            case TIMESTAMP -> ((Instant) value).toEpochMilli();
            case DECIMAL -> unscaled((BigDecimal) value);
            case STRING, INTEGER, BOOLEAN -> value;
        };
    }

    /** The unscaled {@code DECIMAL(18, 6)} value of {@code value}, failing if it does not fit. */
    static long unscaled(BigDecimal value) {
        long unscaled;
        try {
            // movePointRight leaves scale 0 for up to six fraction digits, so the exact long needs no BigInteger.
            unscaled = value.movePointRight(DECIMAL_SCALE).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalStateException("decimal " + value.toPlainString() + " does not fit DECIMAL("
                    + DECIMAL_PRECISION + ", " + DECIMAL_SCALE + ")", e);
        }
        if (unscaled >= 1_000_000_000_000_000_000L || unscaled <= -1_000_000_000_000_000_000L) {
            throw new IllegalStateException("decimal " + value.toPlainString() + " does not fit DECIMAL("
                    + DECIMAL_PRECISION + ", " + DECIMAL_SCALE + ")");
        }
        return unscaled;
    }

    /** Writes an unscaled decimal into {@code bytes} as the big-endian two's-complement value Parquet stores. */
    static void writeUnscaled(long unscaled, byte[] bytes) {
        for (int i = DECIMAL_BYTES - 1; i >= 0; i--) {
            bytes[i] = (byte) unscaled;
            unscaled >>= 8;
        }
    }

    /** Writes {@code value} as the big-endian unscaled {@code DECIMAL(18, 6)} value, failing if it does not fit. */
    static void writeDecimal(BigDecimal value, byte[] bytes) {
        writeUnscaled(unscaled(value), bytes);
    }
}
