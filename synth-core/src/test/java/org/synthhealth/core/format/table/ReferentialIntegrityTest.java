package org.synthhealth.core.format.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.format.csv.CsvFormat;
import org.synthhealth.core.format.parquet.ParquetFormat;
import org.synthhealth.core.model.Patient;

/** A cohort of 2,000 engine-generated patients through both formats, checked as a database would check it. */
class ReferentialIntegrityTest {

    private static final long SEED = 2026;
    private static final List<Patient> PATIENTS = Cohort.generate(CohortSpec.builder().patients(2_000).seed(SEED)
            .referenceDate(LocalDate.of(2026, 1, 1)).build()).patients();
    private static final List<Table<?>> VISIT_TABLES = List.of(Tables.CONDITIONS, Tables.MEDICATIONS,
            Tables.ALLERGIES, Tables.PROCEDURES, Tables.IMMUNIZATIONS, Tables.OBSERVATIONS);

    @TempDir
    static Path dir;

    @BeforeAll
    static void writeCohort() throws IOException {
        TableFixtures.write(new CsvFormat(), dir, PATIENTS, SEED);
        TableFixtures.write(new ParquetFormat(), dir, PATIENTS, SEED);
    }

    @Test
    void findsEveryEngineValueOfItsColumnTypeAndRequiredColumnsFilled() {
        for (Table<?> table : Tables.ALL) {
            List<List<Object>> rows = TableFixtures.expectedRows(table, PATIENTS);
            for (List<Object> row : rows) {
                for (int i = 0; i < row.size(); i++) {
                    Column<?> column = table.columns().get(i);
                    if (row.get(i) == null) {
                        assertThat(column.nullable()).as("%s.%s is required", table.name(), column.name()).isTrue();
                    } else {
                        assertThat(row.get(i)).as("%s.%s", table.name(), column.name())
                                .isInstanceOf(column.type().javaType());
                    }
                }
            }
        }
    }

    /** CSV prints id columns without scanning them for characters to quote, so they must hold nothing else. */
    @Test
    void marksExactlyTheIdColumnsAsIdsAndFillsThemWithUuidText() {
        Pattern uuid = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        for (Table<?> table : Tables.ALL) {
            List<List<Object>> rows = TableFixtures.expectedRows(table, PATIENTS);
            for (int i = 0; i < table.columns().size(); i++) {
                Column<?> column = table.columns().get(i);
                assertThat(column.isId()).as("%s.%s", table.name(), column.name())
                        .isEqualTo(column.name().endsWith("_id"));
                if (!column.isId()) {
                    continue;
                }
                long values = 0;
                for (List<Object> row : rows) {
                    if (row.get(i) != null) {
                        values++;
                        assertThat((String) row.get(i)).as("%s.%s", table.name(), column.name()).matches(uuid);
                    }
                }
                assertThat(values).as("%s.%s values", table.name(), column.name()).isPositive();
            }
        }
    }

    @Test
    void linksEveryVisitRowToAnEncounterInBothFormats() throws Exception {
        try (Connection duck = TableFixtures.duckDb()) {
            for (String format : List.of("csv", "parquet")) {
                for (Table<?> table : VISIT_TABLES) {
                    long orphans = TableFixtures.count(duck, "SELECT count(*) FROM " + read(table, format)
                            + " t WHERE t.encounter_id NOT IN (SELECT encounter_id FROM "
                            + read(Tables.ENCOUNTERS, format) + ")");
                    assertThat(orphans).as("%s.%s rows without their encounter", table.name(), format).isZero();
                }
            }
        }
    }

    @Test
    void linksEveryRowToAPatientInBothFormats() throws Exception {
        try (Connection duck = TableFixtures.duckDb()) {
            for (String format : List.of("csv", "parquet")) {
                for (Table<?> table : Tables.ALL) {
                    long orphans = TableFixtures.count(duck, "SELECT count(*) FROM " + read(table, format)
                            + " t WHERE t.patient_id NOT IN (SELECT patient_id FROM "
                            + read(Tables.PATIENTS, format) + ")");
                    assertThat(orphans).as("%s.%s rows without their patient", table.name(), format).isZero();
                }
            }
        }
    }

    @Test
    void keepsIdsUniqueAndCountsEqualAcrossFormats() throws Exception {
        try (Connection duck = TableFixtures.duckDb()) {
            assertThat(TableFixtures.count(duck, "SELECT count(*) FROM " + read(Tables.PATIENTS, "parquet")))
                    .isEqualTo(PATIENTS.size());
            for (Table<?> table : Tables.ALL) {
                String key = table.columnNames().get(table == Tables.PATIENTS || table == Tables.DEATHS ? 0 : 1);
                long csvRows = TableFixtures.count(duck, "SELECT count(*) FROM " + read(table, "csv"));
                long parquetRows = TableFixtures.count(duck, "SELECT count(*) FROM " + read(table, "parquet"));
                long distinctIds = TableFixtures.count(duck,
                        "SELECT count(DISTINCT " + key + ") FROM " + read(table, "parquet"));

                assertThat(parquetRows).as(table.name()).isEqualTo(csvRows).isEqualTo(distinctIds).isPositive();
            }
        }
    }

    @Test
    void holdsTheSameValuesInCsvAndParquet() throws Exception {
        try (Connection duck = TableFixtures.duckDb()) {
            for (Table<?> table : Tables.ALL) {
                assertThat(TableFixtures.rowsDifferingBetweenFormats(duck, table, dir))
                        .as("%s rows that differ between CSV and Parquet", table.name()).isZero();
            }
        }
    }

    @Test
    void readsBackEveryEngineValueOfTheUserGuideTablesFromTheCsv() throws Exception {
        try (Connection duck = TableFixtures.duckDb()) {
            for (Table<?> table : List.of(Tables.PATIENTS, Tables.CONDITIONS, Tables.MEDICATIONS)) {
                List<List<String>> actual = TableFixtures.query(duck, "SELECT * FROM " + read(table, "csv")).stream()
                        .map(row -> row.stream().map(v -> v == null ? "" : (String) v).toList()).toList();
                assertThat(actual).as(table.name())
                        .containsExactlyElementsOf(TableFixtures.asText(TableFixtures.expectedRows(table, PATIENTS)));
            }
        }
    }

    private static String read(Table<?> table, String format) {
        Path file = dir.resolve(table.fileName(format));
        return format.equals("csv") ? TableFixtures.readCsvAsText(file) : "read_parquet('" + file + "')";
    }
}
