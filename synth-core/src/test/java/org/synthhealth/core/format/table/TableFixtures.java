package org.synthhealth.core.format.table;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.format.FixtureFormat;
import org.synthhealth.core.format.FixtureWriter;
import org.synthhealth.core.model.Patient;

/** Writes patients through a format and reads tables back with DuckDB, for the CSV and Parquet tests. */
public final class TableFixtures {

    private TableFixtures() {
    }

    /** Writes {@code patients} through {@code format} into {@code dir} and finishes the writer. */
    public static void write(FixtureFormat format, Path dir, List<Patient> patients, long seed) throws IOException {
        CohortSpec spec = CohortSpec.builder().patients(Math.max(1, patients.size())).seed(seed).build();
        try (FixtureWriter writer = format.open(dir, spec, seed)) {
            for (Patient patient : patients) {
                writer.write(patient);
            }
            writer.finish();
            writer.commit();
        }
    }

    /** The expected cells of {@code table} for {@code patients}, as the model gives them, in row order. */
    public static <R> List<List<Object>> expectedRows(Table<R> table, List<Patient> patients) {
        List<List<Object>> rows = new ArrayList<>();
        for (Patient patient : patients) {
            for (R row : table.rowsOf(patient)) {
                List<Object> cells = new ArrayList<>();
                for (Column<R> column : table.columns()) {
                    cells.add(column.valueOrNull(row));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    /** The same cells printed as CSV prints them (empty string for a missing value). */
    public static List<List<String>> asText(List<List<Object>> rows) {
        return rows.stream().map(r -> r.stream().map(CellText::of).toList()).toList();
    }

    /** An in-memory DuckDB connection whose session time zone is UTC. */
    public static Connection duckDb() throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET TimeZone = 'UTC'");
        }
        return connection;
    }

    /** The SQL that reads {@code csv} with every column as text, keeping quoted line breaks inside fields. */
    public static String readCsvAsText(Path csv) {
        return "read_csv('" + csv + "', header = true, delim = ',', quote = '\"', escape = '\"', all_varchar = true,"
                + " strict_mode = true)";
    }

    /**
     * Runs {@code sql} and returns every row with values normalised to the table model's Java types: dates as
     * {@link LocalDate}, timestamps as {@link Instant}, decimals as {@link java.math.BigDecimal}.
     */
    public static List<List<Object>> query(Connection connection, String sql) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            int width = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<Object> row = new ArrayList<>(width);
                for (int i = 1; i <= width; i++) {
                    row.add(normalised(result, i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * The number of rows of {@code table} that differ between its Parquet and CSV files in {@code dir}: Parquet
     * values are printed as the CSV writer prints them, decimals compared at the Parquet scale.
     */
    public static long rowsDifferingBetweenFormats(Connection connection, Table<?> table, Path dir)
            throws SQLException {
        List<String> parquetText = new ArrayList<>();
        List<String> csvText = new ArrayList<>();
        for (Column<?> column : table.columns()) {
            String name = column.name();
            switch (column.type()) {
                case TIMESTAMP -> {
                    parquetText.add("strftime(" + name + "::TIMESTAMP, '%Y-%m-%dT%H:%M:%SZ')");
                    csvText.add(name);
                }
                case DECIMAL -> {
                    parquetText.add(name + "::VARCHAR");
                    csvText.add(name + "::DECIMAL(18,6)::VARCHAR");
                }
                default -> {
                    parquetText.add(name + "::VARCHAR");
                    csvText.add(name);
                }
            }
        }
        return count(connection, "SELECT count(*) FROM (SELECT " + String.join(", ", parquetText)
                + " FROM read_parquet('" + dir.resolve(table.fileName("parquet")) + "') EXCEPT ALL SELECT "
                + String.join(", ", csvText) + " FROM " + readCsvAsText(dir.resolve(table.fileName("csv"))) + ")");
    }

    /** The single number {@code sql} returns. */
    public static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static Object normalised(ResultSet result, int column) throws SQLException {
        String type = result.getMetaData().getColumnTypeName(column);
        if (result.getObject(column) == null) {
            return null;
        }
        if (type.equals("DATE")) {
            return result.getObject(column, LocalDate.class);
        }
        if (type.startsWith("TIMESTAMP")) {
            return result.getObject(column, OffsetDateTime.class).toInstant();
        }
        if (type.startsWith("DECIMAL")) {
            return result.getBigDecimal(column).stripTrailingZeros();
        }
        return result.getObject(column);
    }
}
