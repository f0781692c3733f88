package org.synthhealth.core.format.parquet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.synthhealth.core.format.AtomicOutput;
import org.synthhealth.core.format.FixtureWriter;
import org.synthhealth.core.format.StagedFile;
import org.synthhealth.core.format.table.Column;
import org.synthhealth.core.format.table.ColumnType;
import org.synthhealth.core.format.table.Table;
import org.synthhealth.core.format.table.Tables;
import org.synthhealth.core.model.Patient;

/** Streams patients into one staged Parquet file per table. */
final class ParquetFixtureWriter implements FixtureWriter {

    /** Bytes a table buffers before parquet flushes a row group; bounds memory per table whatever the cohort size. */
    static final long ROW_GROUP_BYTES = 32L * 1024 * 1024;

    private final AtomicOutput output;
    private final List<TableFile<?>> files;
    private boolean finished;

    private ParquetFixtureWriter(AtomicOutput output, List<TableFile<?>> files) {
        this.output = output;
        this.files = files;
    }

    static ParquetFixtureWriter open(Path outputDir) throws IOException {
        AtomicOutput output = AtomicOutput.in(outputDir);
        List<TableFile<?>> files = new ArrayList<>();
        try {
            for (Table<?> table : Tables.ALL) {
                files.add(TableFile.open(table, output.stage(table.fileName("parquet"))));
            }
        } catch (IOException | RuntimeException e) {
            closeQuietly(files, e);
            output.close();
            throw e;
        }
        return new ParquetFixtureWriter(output, files);
    }

    @Override
    public void write(Patient patient) throws IOException {
        for (TableFile<?> file : files) {
            file.write(patient);
        }
    }

    @Override
    public void finish() throws IOException {
        for (TableFile<?> file : files) {
            file.writer.close();
        }
        output.commitAll();
        finished = true;
    }

    @Override
    public void close() throws IOException {
        if (!finished) {
            closeQuietly(files, null);
        }
        output.close();
    }

    private static void closeQuietly(List<TableFile<?>> files, Exception cause) {
        for (TableFile<?> file : files) {
            try {
                file.writer.close();
            } catch (IOException | RuntimeException e) {
                if (cause != null) {
                    cause.addSuppressed(e);
                }
            }
        }
    }

    /** One table's Parquet writer, with a single Avro record reused for every row. */
    private static final class TableFile<R> {

        private final Table<R> table;
        private final List<Column<R>> columns;
        private final Schema[] fixedSchemas;
        private final GenericData.Record record;
        private final ParquetWriter<GenericRecord> writer;

        private TableFile(Table<R> table, Schema schema, ParquetWriter<GenericRecord> writer) {
            this.table = table;
            this.columns = table.columns();
            this.fixedSchemas = AvroTableSchema.fixedSchemas(schema);
            this.record = new GenericData.Record(schema);
            this.writer = writer;
        }

        static <R> TableFile<R> open(Table<R> table, StagedFile file) throws IOException {
            Schema schema = AvroTableSchema.of(table);
            AvroParquetWriter.Builder<GenericRecord> builder = AvroParquetWriter.<GenericRecord>builder(
                            new LocalOutputFile(file.temporary()))
                    .withConf(new PlainParquetConfiguration())
                    .withSchema(schema)
                    .withDataModel(GenericData.get())
                    .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                    .withCompressionCodec(CompressionCodecName.SNAPPY)
                    .withRowGroupSize(ROW_GROUP_BYTES)
                    // Dictionaries cut the files by about a tenth after Snappy but cost a third of the writer's
                    // CPU (a hash lookup per value); fixtures favour fast generation.
                    .withDictionaryEncoding(false)
                    .withSizeStatisticsEnabled(false);
            for (Column<R> column : table.columns()) {
                if (column.type() == ColumnType.STRING) {
                    // Rows are in patient order, so min/max of a text column prunes nothing, yet comparing every
                    // value with both bounds was the largest single cost of writing.
                    builder = builder.withStatisticsEnabled(column.name(), false);
                }
            }
            return new TableFile<>(table, schema, builder.build());
        }

        void write(Patient patient) throws IOException {
            for (R row : table.rowsOf(patient)) {
                for (int i = 0; i < fixedSchemas.length; i++) {
                    Column<R> column = columns.get(i);
                    Object value = column.valueOrNull(row);
                    if (value == null && !column.nullable()) {
                        throw new IllegalStateException(
                                table.name() + "." + column.name() + " is empty for patient " + patient.id());
                    }
                    record.put(i, AvroTableSchema.stored(value, column.type(), fixedSchemas[i]));
                }
                writer.write(record);
            }
        }
    }
}
