package org.synthhealth.core.format.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.synthhealth.core.format.StagedFile;
import org.synthhealth.core.format.TableFile;
import org.synthhealth.core.format.table.Column;
import org.synthhealth.core.format.table.ColumnType;
import org.synthhealth.core.format.table.Table;
import org.synthhealth.core.model.Patient;

/**
 * One table's CSV file. commons-csv prints every cell into an unsynchronised buffer that is encoded to UTF-8 in one
 * call per block and written straight to the file: going through a {@code Writer} took a lock per append and encoded
 * character by character.
 *
 * <p>Cells go to {@link CSVFormat#print(Object, Appendable, boolean)} directly, on a copy of the format per file:
 * one thread writes a file, so the printer's layer buys nothing, and the format's own per-call lock is never
 * contended. Text is printed by the dialect, which quotes it when needed.
 * Numbers, dates and instants are printed by a copy of the dialect without a quote character, which appends them as
 * they are: their text ({@link org.synthhealth.core.format.table.CellText}) never holds a delimiter, quote, line
 * break or leading or trailing space, so the dialect's scan for those would find nothing, and the bytes are the same.
 * Row ids ({@link Column#isId()}), three of every observation's cells, are printed that way too.
 *
 * @param <R> the model record one row comes from
 */
final class CsvTableFile<R> implements TableFile {

    private static final int FLUSH_CHARS = 1 << 16;

    private final Table<R> table;
    private final List<Column<R>> columns;
    private final CellTexts texts;
    /** Per column: the printed forms of repeated text, for text columns other than ids; else null. */
    private final PrintedTexts[] printedTexts;
    private final StringBuilder buffer = new StringBuilder(FLUSH_CHARS * 2);
    /** The dialect, for text cells and record ends; a copy per file, since CSVFormat locks itself per cell. */
    private final CSVFormat text;
    /** The dialect without quoting, for cells whose text needs none. */
    private final CSVFormat typed;
    private final OutputStream out;

    private CsvTableFile(Table<R> table, OutputStream out) throws IOException {
        this.table = table;
        this.columns = table.columns();
        this.texts = new CellTexts(columns.size());
        this.printedTexts = new PrintedTexts[columns.size()];
        for (int i = 0; i < printedTexts.length; i++) {
            Column<R> column = columns.get(i);
            printedTexts[i] = column.type() == ColumnType.STRING && !column.isId() ? new PrintedTexts(i == 0) : null;
        }
        this.out = out;
        this.text = CsvFormat.DIALECT.builder().get();
        this.typed = CsvFormat.DIALECT.builder().setQuote(null).get();
    }

    /** Opens the file of {@code table} on {@code file} and writes the header row. */
    static <R> CsvTableFile<R> open(Table<R> table, StagedFile file) throws IOException {
        CsvTableFile<R> tableFile = new CsvTableFile<>(table, file.openStream());
        tableFile.text.printRecord(tableFile.buffer, table.columnNames().toArray());
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
                if (value != null && column.isId()) {
                    typed.print(value, buffer, i == 0);
                } else if (value instanceof String string) {
                    printedTexts[i].print(text, string, buffer);
                } else if (value == null) {
                    text.print(null, buffer, i == 0);
                } else {
                    typed.print(texts.of(i, value), buffer, i == 0);
                }
            }
            text.println(buffer);
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
