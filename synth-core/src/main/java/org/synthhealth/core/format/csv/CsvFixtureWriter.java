package org.synthhealth.core.format.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.synthhealth.core.format.AtomicOutput;
import org.synthhealth.core.format.FixtureWriter;
import org.synthhealth.core.format.StagedFile;
import org.synthhealth.core.format.table.CellText;
import org.synthhealth.core.format.table.Column;
import org.synthhealth.core.format.table.Table;
import org.synthhealth.core.format.table.Tables;
import org.synthhealth.core.model.Patient;

/** Streams patients into one staged CSV file per table. */
final class CsvFixtureWriter implements FixtureWriter {

    private static final int BUFFER_CHARS = 1 << 16;

    private final AtomicOutput output;
    private final List<TableFile<?>> files;
    private boolean finished;

    private CsvFixtureWriter(AtomicOutput output, List<TableFile<?>> files) {
        this.output = output;
        this.files = files;
    }

    static CsvFixtureWriter open(Path outputDir) throws IOException {
        AtomicOutput output = AtomicOutput.in(outputDir);
        List<TableFile<?>> files = new ArrayList<>();
        try {
            for (Table<?> table : Tables.ALL) {
                files.add(TableFile.open(table, output.stage(table.fileName("csv"))));
            }
        } catch (IOException | RuntimeException e) {
            closeQuietly(files, e);
            output.close();
            throw e;
        }
        return new CsvFixtureWriter(output, files);
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
            file.finish();
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
                file.close();
            } catch (IOException e) {
                if (cause != null) {
                    cause.addSuppressed(e);
                }
            }
        }
    }

    /**
     * One table's printer and its columns. The printer fills an unsynchronised buffer that goes to the file in large
     * blocks, because commons-csv appends field by field and every append to a {@code Writer} takes a lock.
     */
    private static final class TableFile<R> {

        private static final int FLUSH_CHARS = 1 << 15;

        private final Table<R> table;
        private final List<Column<R>> columns;
        private final StringBuilder buffer = new StringBuilder(FLUSH_CHARS * 2);
        private final CSVPrinter printer;
        private final Writer writer;

        private TableFile(Table<R> table, Writer writer) throws IOException {
            this.table = table;
            this.columns = table.columns();
            this.writer = writer;
            this.printer = new CSVPrinter(buffer, CsvFormat.DIALECT);
        }

        static <R> TableFile<R> open(Table<R> table, StagedFile file) throws IOException {
            Writer writer = new BufferedWriter(
                    new OutputStreamWriter(file.openStream(), StandardCharsets.UTF_8), BUFFER_CHARS);
            TableFile<R> tableFile = new TableFile<>(table, writer);
            tableFile.printer.printRecord(table.columnNames());
            return tableFile;
        }

        void write(Patient patient) throws IOException {
            for (R row : table.rowsOf(patient)) {
                for (Column<R> column : columns) {
                    Object value = column.valueOrNull(row);
                    if (value == null && !column.nullable()) {
                        throw new IllegalStateException(
                                table.name() + "." + column.name() + " is empty for patient " + patient.id());
                    }
                    printer.print(CellText.of(value));
                }
                printer.println();
            }
            if (buffer.length() >= FLUSH_CHARS) {
                drainBuffer();
            }
        }

        void finish() throws IOException {
            drainBuffer();
            writer.close();
        }

        void close() throws IOException {
            writer.close();
        }

        private void drainBuffer() throws IOException {
            writer.append(buffer);
            buffer.setLength(0);
        }
    }
}
