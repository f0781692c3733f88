package org.synthhealth.core.format.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.format.FixtureWriter;
import org.synthhealth.core.format.table.HandmadePatients;
import org.synthhealth.core.format.table.Table;
import org.synthhealth.core.format.table.TableFixtures;
import org.synthhealth.core.format.table.Tables;
import org.synthhealth.core.model.Patient;

class CsvFormatTest {

    private static final long SEED = 7;
    private static final List<Patient> PATIENTS = HandmadePatients.cohort(SEED, 120);

    @TempDir
    Path dir;

    @Test
    void writesOneFilePerTableWithHeaderCrlfAndNoByteOrderMark() throws IOException {
        TableFixtures.write(new CsvFormat(), dir, PATIENTS, SEED);

        for (Table<?> table : Tables.ALL) {
            byte[] bytes = Files.readAllBytes(dir.resolve(table.fileName("csv")));
            String header = String.join(",", table.columnNames()) + "\r\n";
            assertThat(new String(bytes, 0, header.length(), StandardCharsets.UTF_8)).isEqualTo(header);
            assertThat(bytes[0]).as("no BOM in %s", table.name()).isNotEqualTo((byte) 0xEF);
            assertThat(new String(bytes, StandardCharsets.UTF_8)).endsWith("\r\n");
        }
        assertThat(new CsvFormat().fileNames(null)).containsExactlyElementsOf(listFiles(dir));
    }

    @Test
    void roundTripsEveryValueThroughCommonsCsv() throws IOException {
        TableFixtures.write(new CsvFormat(), dir, PATIENTS, SEED);

        for (Table<?> table : Tables.ALL) {
            List<List<String>> expected = TableFixtures.asText(TableFixtures.expectedRows(table, PATIENTS));
            assertThat(readWithCommonsCsv(dir.resolve(table.fileName("csv")), table))
                    .as(table.name()).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void keepsNastyNamesIntactThroughDuckDb() throws Exception {
        TableFixtures.write(new CsvFormat(), dir, PATIENTS, SEED);

        try (Connection duck = TableFixtures.duckDb()) {
            List<List<Object>> names = TableFixtures.query(duck, "SELECT first_name, last_name FROM "
                    + TableFixtures.readCsvAsText(dir.resolve("patients.csv")) + " LIMIT 7");
            assertThat(names).containsExactly(List.of("Siobhan", "O'Brien"), List.of("Mary", "Smith-Jones"),
                    List.of("José", "Ñúñez"), List.of("John", "Doe, Jr."), List.of("Robert \"Bob\"", "Tables"),
                    List.of("Anne\nMarie", "Line\r\nBreak"), List.of("Zoë", "Ærøskøbing 李"));
        }
    }

    @Test
    void roundTripsEveryValueThroughDuckDbReadCsv() throws Exception {
        TableFixtures.write(new CsvFormat(), dir, PATIENTS, SEED);

        try (Connection duck = TableFixtures.duckDb()) {
            for (Table<?> table : Tables.ALL) {
                List<List<String>> expected = TableFixtures.asText(TableFixtures.expectedRows(table, PATIENTS));
                List<List<String>> actual = TableFixtures.query(duck, "SELECT * FROM "
                        + TableFixtures.readCsvAsText(dir.resolve(table.fileName("csv")))).stream()
                        .map(row -> row.stream().map(v -> v == null ? "" : (String) v).toList()).toList();
                assertThat(actual).as(table.name()).containsExactlyElementsOf(expected);
            }
        }
    }

    @Test
    void writesIdenticalBytesWhateverTheDefaultTimeZoneAndLocale(@TempDir Path other) throws IOException {
        TableFixtures.write(new CsvFormat(), dir, PATIENTS, SEED);
        TimeZone zone = TimeZone.getDefault();
        Locale locale = Locale.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Chatham"));
            Locale.setDefault(Locale.forLanguageTag("ar-SA-u-nu-arab"));
            TableFixtures.write(new CsvFormat(), other, HandmadePatients.cohort(SEED, 120), SEED);
        } finally {
            TimeZone.setDefault(zone);
            Locale.setDefault(locale);
        }

        for (String file : Tables.fileNames("csv")) {
            assertThat(Files.readAllBytes(other.resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(dir.resolve(file)));
        }
    }

    @Test
    void leavesNoFileWhenClosedWithoutFinish() throws IOException {
        CohortSpec spec = CohortSpec.builder().patients(10).seed(SEED).build();

        try (FixtureWriter writer = new CsvFormat().open(dir, spec, SEED)) {
            writer.write(PATIENTS.get(0));
            assertThat(listFiles(dir)).isEmpty();
            assertThat(hiddenFiles(dir)).hasSize(Tables.ALL.size());
        }

        assertThat(Files.list(dir)).isEmpty();
    }

    @Test
    void keepsThePreviousCompleteFileWhenARunIsAbandoned() throws IOException {
        TableFixtures.write(new CsvFormat(), dir, PATIENTS.subList(0, 3), SEED);
        byte[] before = Files.readAllBytes(dir.resolve("patients.csv"));

        try (FixtureWriter writer = new CsvFormat().open(dir, CohortSpec.builder().seed(SEED).build(), SEED)) {
            writer.write(PATIENTS.get(5));
        }

        assertThat(Files.readAllBytes(dir.resolve("patients.csv"))).isEqualTo(before);
        assertThat(hiddenFiles(dir)).isEmpty();
    }

    private static List<List<String>> readWithCommonsCsv(Path file, Table<?> table) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        List<List<String>> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, format)) {
            assertThat(parser.getHeaderNames()).containsExactlyElementsOf(table.columnNames());
            for (CSVRecord record : parser) {
                rows.add(record.toList());
            }
        }
        return rows;
    }

    private static List<String> listFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted(
                    (a, b) -> Integer.compare(Tables.fileNames("csv").indexOf(a), Tables.fileNames("csv").indexOf(b)))
                    .toList();
        }
    }

    private static List<String> hiddenFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
        }
    }
}
