package org.synthhealth.core.format.parquet;

import java.io.IOException;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.synthhealth.core.format.PublishGate;
import org.synthhealth.core.format.StagedFile;
import org.synthhealth.core.format.PreparedTableFile;
import org.synthhealth.core.format.table.Column;
import org.synthhealth.core.format.table.ColumnType;
import org.synthhealth.core.format.table.Table;
import org.synthhealth.core.model.Patient;

/**
 * One table's Parquet file, written through parquet-avro with a single Avro record reused for every row.
 *
 * <p>A patient's rows are first made ready as one array of stored values, row after row ({@link #prepare}: the
 * columns read from the model, text encoded to UTF-8, decimals unscaled), then written ({@link #writePrepared}). The
 * first half uses only the text caches and the second only the record and the decimal slots, so each may run on a
 * thread of its own.
 *
 * @param <R> the model record one row comes from
 */
final class ParquetTableFile<R> implements PreparedTableFile<Object[]> {

    /** Bytes a table buffers before parquet flushes a row group; bounds memory per table whatever the cohort size. */
    static final long ROW_GROUP_BYTES = 32L * 1024 * 1024;

    private final Table<R> table;
    private final List<Column<R>> columns;
    private final GenericData.Fixed[] decimalSlots;
    private final TextCache[] textCaches;
    private final GenericData.Record record;
    private final ParquetWriter<GenericRecord> writer;

    private ParquetTableFile(Table<R> table, Schema schema, ParquetWriter<GenericRecord> writer) {
        this.table = table;
        this.columns = table.columns();
        this.decimalSlots = AvroTableSchema.decimalSlots(schema);
        this.textCaches = new TextCache[columns.size()];
        for (int i = 0; i < textCaches.length; i++) {
            textCaches[i] = columns.get(i).type() == ColumnType.STRING ? new TextCache() : null;
        }
        this.record = new GenericData.Record(schema);
        this.writer = writer;
    }

    /** Opens the file of {@code table} on the temporary file of {@code file}. */
    static <R> ParquetTableFile<R> open(Table<R> table, StagedFile file) throws IOException {
        Schema schema = AvroTableSchema.of(table);
        AvroParquetWriter.Builder<GenericRecord> builder = AvroParquetWriter.<GenericRecord>builder(
                        new LocalOutputFile(file.temporary()))
                .withConf(new PlainParquetConfiguration())
                .withSchema(schema)
                .withDataModel(StoredFormModel.INSTANCE)
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .withCompressionCodec(CompressionCodecName.SNAPPY)
                .withRowGroupSize(ROW_GROUP_BYTES)
                .withAllocator(new RecyclingAllocator(ROW_GROUP_BYTES + ROW_GROUP_BYTES / 4))
                // Dictionaries cut the files by about a tenth after Snappy but cost a third of the writer's
                // CPU (a hash lookup per value); fixtures favour fast generation.
                .withDictionaryEncoding(false)
                .withSizeStatisticsEnabled(false);
        for (Column<R> column : table.columns()) {
            if (column.type() == ColumnType.STRING || column.type() == ColumnType.DECIMAL) {
                // Rows are in patient order, so min/max of a text or measured-value column spans nearly its whole
                // range in every row group and prunes nothing, yet comparing every value with both bounds was the
                // largest single cost of writing text, and about 4 % of the whole writer for decimals.
                builder = builder.withStatisticsEnabled(column.name(), false);
            }
        }
        AvroParquetWriter.Builder<GenericRecord> ready = builder;
        return new ParquetTableFile<>(table, schema, PublishGate.PROCESS.staging(ready::build));
    }

    @Override
    public Object[] prepare(Patient patient) {
        List<R> rows = table.rowsOf(patient);
        int width = columns.size();
        Object[] values = new Object[rows.size() * width];
        int at = 0;
        for (R row : rows) {
            for (int i = 0; i < width; i++) {
                Column<R> column = columns.get(i);
                Object value = column.valueOrNull(row);
                if (value == null && !column.nullable()) {
                    throw new IllegalStateException(
                            table.name() + "." + column.name() + " is empty for patient " + patient.id());
                }
                values[at++] = value != null && textCaches[i] != null ? textCaches[i].stored((String) value)
                        : AvroTableSchema.prepared(value, column.type());
            }
        }
        return values;
    }

    @Override
    public void writePrepared(Object[] values) throws IOException {
        int width = decimalSlots.length;
        for (int at = 0; at < values.length; at += width) {
            for (int i = 0; i < width; i++) {
                Object value = values[at + i];
                GenericData.Fixed slot = decimalSlots[i];
                if (slot != null && value != null) {
                    AvroTableSchema.writeUnscaled((Long) value, slot.bytes());
                    value = slot;
                }
                record.put(i, value);
            }
            writer.write(record);
        }
    }

    @Override
    public void finish() throws IOException {
        writer.close();
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
