package org.synthhealth.core.format.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.format.FixtureFormat;
import org.synthhealth.core.format.FixtureWriter;
import org.synthhealth.core.format.TableLanes;
import org.synthhealth.core.format.table.Tables;

/**
 * Writes the ten tables of {@link Tables} as RFC 4180 CSV files, one {@code <table>.csv} per table.
 *
 * <p>Files are UTF-8 without byte-order mark, with a header row and {@code CRLF} line ends. Fields are quoted only
 * when they contain a comma, a double quote or a line break; a quote inside a field is doubled. Dates are ISO-8601
 * ({@code 2024-03-15}), instants are UTC ({@code 2024-03-15T14:30:00Z}), decimals never use an exponent, and a
 * missing value is an empty field. Output depends only on the patients written, never on locale or time zone.
 */
public final class CsvFormat implements FixtureFormat {

    /** The CSV dialect: RFC 4180 with {@code CRLF} record separators and minimal quoting. */
    static final CSVFormat DIALECT = CSVFormat.RFC4180.builder()
            .setRecordSeparator("\r\n")
            .get();

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public List<String> fileNames(CohortSpec spec) {
        return Tables.fileNames("csv");
    }

    @Override
    public FixtureWriter open(Path outputDir, CohortSpec spec, long seed) throws IOException {
        return TableLanes.start(outputDir, "csv", "synth-csv-writer", CsvTableFile::open);
    }
}
