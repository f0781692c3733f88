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
            file.printer.close(true);
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
                file.printer.close();
            } catch (IOException e) {
                if (cause != null) {
                    cause.addSuppressed(e);
                }
            }
        }
    }

    /** One table's printer and its columns. */
    private static final class TableFile<R> {

        private final Table<R> table;
        private final List<Column<R>> columns;
        private final CSVPrinter printer;

        private TableFile(Table<R> table, CSVPrinter printer) {
            this.table = table;
            this.columns = table.columns();
            this.printer = printer;
        }

        static <R> TableFile<R> open(Table<R> table, StagedFile file) throws IOException {
            Writer writer = new BufferedWriter(
                    new OutputStreamWriter(file.openStream(), StandardCharsets.UTF_8), BUFFER_CHARS);
            CSVPrinter printer = new CSVPrinter(writer, CsvFormat.DIALECT);
            try {
                printer.printRecord(table.columnNames());
            } catch (IOException e) {
                printer.close();
                throw e;
            }
            return new TableFile<>(table, printer);
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
        }
    }
}
