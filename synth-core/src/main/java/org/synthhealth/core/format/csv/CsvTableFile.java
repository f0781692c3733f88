package org.synthhealth.core.format.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.synthhealth.core.format.StagedFile;
import org.synthhealth.core.format.TableFile;
import org.synthhealth.core.format.table.Column;
import org.synthhealth.core.format.table.Table;
import org.synthhealth.core.model.Patient;

/**
 * One table's CSV file. The printer fills an unsynchronised buffer that is encoded to UTF-8 in one call per block
 * and written straight to the file: commons-csv appends field by field, and going through a {@code Writer} took a
 * lock per append and encoded character by character.
 *
 * @param <R> the model record one row comes from
 */
final class CsvTableFile<R> implements TableFile {

    private static final int FLUSH_CHARS = 1 << 16;

    private final Table<R> table;
    private final List<Column<R>> columns;
    private final CellTexts texts;
    private final StringBuilder buffer = new StringBuilder(FLUSH_CHARS * 2);
    private final CSVPrinter printer;
    private final OutputStream out;

    private CsvTableFile(Table<R> table, OutputStream out) throws IOException {
        this.table = table;
        this.columns = table.columns();
        this.texts = new CellTexts(columns.size());
        this.out = out;
        this.printer = new CSVPrinter(buffer, CsvFormat.DIALECT);
    }

    /** Opens the file of {@code table} on {@code file} and writes the header row. */
    static <R> CsvTableFile<R> open(Table<R> table, StagedFile file) throws IOException {
        CsvTableFile<R> tableFile = new CsvTableFile<>(table, file.openStream());
        tableFile.printer.printRecord(table.columnNames());
        return tableFile;
    }

    @Override
    public void write(Patient patient) throws IOException {
        for (R row : table.rowsOf(patient)) {
            for (int i = 0; i < columns.size(); i++) {
                Column<R> column = columns.get(i);
                Object value = column.valueOrNull(row);
                if (value == null && !column.nullable()) {
                    throw new IllegalStateException(
                            table.name() + "." + column.name() + " is empty for patient " + patient.id());
                }
                printer.print(texts.of(i, value));
            }
            printer.println();
        }
        if (buffer.length() >= FLUSH_CHARS) {
            drainBuffer();
        }
    }

    @Override
    public void finish() throws IOException {
        drainBuffer();
        out.close();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private void drainBuffer() throws IOException {
        out.write(buffer.toString().getBytes(StandardCharsets.UTF_8));
        buffer.setLength(0);
    }
}
