package org.synthhealth.core.format.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.format.FixtureWriter;
import org.synthhealth.core.format.csv.CsvFormat;
import org.synthhealth.core.format.table.Column;
import org.synthhealth.core.format.table.ColumnType;
import org.synthhealth.core.format.table.HandmadePatients;
import org.synthhealth.core.format.table.Table;
import org.synthhealth.core.format.table.TableFixtures;
import org.synthhealth.core.format.table.Tables;
import org.synthhealth.core.model.Patient;

class ParquetFormatTest {

    private static final long SEED = 11;
    private static final List<Patient> PATIENTS = HandmadePatients.cohort(SEED, 150);

    @TempDir
    static Path written;

    @BeforeAll
    static void writeBothFormats() throws IOException {
        TableFixtures.write(new ParquetFormat(), written, PATIENTS, SEED);
        TableFixtures.write(new CsvFormat(), written, PATIENTS, SEED);
    }

    @Test
    void storesEveryModelValueReadableByDuckDb() throws Exception {
        try (Connection duck = TableFixtures.duckDb()) {
            for (Table<?> table : Tables.ALL) {
                List<List<Object>> expected = TableFixtures.expectedRows(table, PATIENTS).stream()
                        .map(row -> row.stream().map(ParquetFormatTest::comparable).toList()).toList();
                assertThat(TableFixtures.query(duck, "SELECT * FROM " + parquet(table)))
                        .as(table.name()).containsExactlyElementsOf(expected);
            }
        }
    }

    @Test
    void holdsTheSameRowsAndValuesAsTheCsv() throws Exception {
        try (Connection duck = TableFixtures.duckDb()) {
            for (Table<?> table : Tables.ALL) {
                String csv = TableFixtures.readCsvAsText(written.resolve(table.fileName("csv")));
                long csvRows = TableFixtures.count(duck, "SELECT count(*) FROM " + csv);
                long parquetRows = TableFixtures.count(duck, "SELECT count(*) FROM " + parquet(table));
                long differing = TableFixtures.rowsDifferingBetweenFormats(duck, table, written);

                assertThat(parquetRows).as(table.name()).isEqualTo(csvRows).isPositive();
                assertThat(differing).as("%s rows that differ from the CSV", table.name()).isZero();
            }
        }
    }

    @Test
    void exposesLogicalTypesToDuckDb() throws Exception {
        try (Connection duck = TableFixtures.duckDb()) {
            for (Table<?> table : Tables.ALL) {
                List<List<Object>> described = TableFixtures.query(duck,
                        "SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM " + parquet(table) + ")");
                assertThat(described).as(table.name()).hasSameSizeAs(table.columns());
                for (int i = 0; i < described.size(); i++) {
                    Column<?> column = table.columns().get(i);
                    assertThat(described.get(i)).as("%s.%s", table.name(), column.name())
                            .containsExactly(column.name(), duckDbType(column));
                }
            }
        }
    }

    @Test
    void marksOptionalColumnsOptionalAndInstantsAdjustedToUtc() throws Exception {
        try (Connection duck = TableFixtures.duckDb()) {
            for (Table<?> table : Tables.ALL) {
                List<List<Object>> schema = TableFixtures.query(duck, "SELECT name, repetition_type, logical_type"
                        + " FROM parquet_schema('" + written.resolve(table.fileName("parquet")) + "') WHERE"
                        + " num_children IS NULL");
                for (int i = 0; i < schema.size(); i++) {
                    Column<?> column = table.columns().get(i);
                    assertThat(schema.get(i).get(1)).as("%s.%s", table.name(), column.name())
                            .isEqualTo(column.nullable() ? "OPTIONAL" : "REQUIRED");
                    if (column.type() == ColumnType.TIMESTAMP) {
                        assertThat((String) schema.get(i).get(2)).contains("isAdjustedToUTC=1", "MILLIS");
                    }
                }
            }
        }
    }

    @Test
    void keepsMinAndMaxOnlyForColumnsWhoseRangePrunesAnything() throws Exception {
        try (Connection duck = TableFixtures.duckDb()) {
            for (Table<?> table : Tables.ALL) {
                List<List<Object>> chunks = TableFixtures.query(duck, "SELECT path_in_schema, stats_min_value IS NOT"
                        + " NULL FROM parquet_metadata('" + written.resolve(table.fileName("parquet")) + "')"
                        // Skips chunks of nulls only (no min/max to keep), not columns without statistics.
                        + " WHERE stats_null_count IS DISTINCT FROM num_values");
                assertThat(chunks).as(table.name()).isNotEmpty();
                for (List<Object> chunk : chunks) {
                    ColumnType type = table.columns().stream().filter(c -> c.name().equals(chunk.get(0)))
                            .findFirst().orElseThrow().type();
                    // Text and measured values span their whole range in every row group of patient-ordered rows.
                    boolean expected = type != ColumnType.STRING && type != ColumnType.DECIMAL;
                    assertThat(chunk.get(1)).as("%s.%s has min/max", table.name(), chunk.get(0)).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void writesNoMetadataThatChangesBetweenRuns() throws Exception {
        try (Connection duck = TableFixtures.duckDb()) {
            String file = "'" + written.resolve("observations.parquet") + "'";
            assertThat(TableFixtures.query(duck, "SELECT key::VARCHAR FROM parquet_kv_metadata(" + file + ")"))
                    .containsExactly(List.of("parquet.avro.schema"), List.of("writer.model.name"));
            assertThat(TableFixtures.query(duck, "SELECT created_by FROM parquet_file_metadata(" + file + ")"))
                    .singleElement().asString().startsWith("[parquet-mr version 1.18.2");
        }
    }

    @Test
    void writesIdenticalBytesForTheSameSeedWhateverTheTimeZoneAndLocale(@TempDir Path first,
            @TempDir Path second) throws IOException {
        TableFixtures.write(new ParquetFormat(), first, PATIENTS, SEED);
        TimeZone zone = TimeZone.getDefault();
        Locale locale = Locale.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kathmandu"));
            Locale.setDefault(Locale.forLanguageTag("th-TH-u-ca-buddhist-nu-thai"));
            TableFixtures.write(new ParquetFormat(), second, HandmadePatients.cohort(SEED, 150), SEED);
        } finally {
            TimeZone.setDefault(zone);
            Locale.setDefault(locale);
        }

        for (String file : Tables.fileNames("parquet")) {
            byte[] bytes = Files.readAllBytes(first.resolve(file));
            assertThat(Files.readAllBytes(second.resolve(file))).as(file).isEqualTo(bytes);
            assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).as(file).doesNotContain("HOSTNAME");
        }
    }

    @Test
    void leavesNoFileWhenClosedWithoutFinish(@TempDir Path dir) throws IOException {
        CohortSpec spec = CohortSpec.builder().patients(10).seed(SEED).build();

        try (FixtureWriter writer = new ParquetFormat().open(dir, spec, SEED)) {
            for (Patient patient : PATIENTS.subList(0, 10)) {
                writer.write(patient);
            }
        }

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    private static String parquet(Table<?> table) {
        return "read_parquet('" + written.resolve(table.fileName("parquet")) + "')";
    }

    private static String duckDbType(Column<?> column) {
        return switch (column.type()) {
            case STRING -> "VARCHAR";
            case DATE -> "DATE";
            case TIMESTAMP -> "TIMESTAMP WITH TIME ZONE";
            case DECIMAL -> "DECIMAL(18,6)";
            case INTEGER -> "INTEGER";
            case BOOLEAN -> "BOOLEAN";
        };
    }

    private static Object comparable(Object value) {
        return value instanceof java.math.BigDecimal decimal ? decimal.stripTrailingZeros() : value;
    }
}
