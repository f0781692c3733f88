package org.synthhealth.core.migration.internal.load;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Collectors;
import org.synthhealth.core.migration.internal.target.Column;
import org.synthhealth.core.migration.internal.target.TargetTable;

/**
 * Creates the target tables and their staging twins with portable SQL (H2 and PostgreSQL): unquoted upper-case
 * names, BIGINT/INTEGER/VARCHAR/DATE/TIMESTAMP types, a primary key on every production table.
 */
public final class TargetSchema {

    private TargetSchema() {
    }

    /** Drops whatever a previous run left and creates empty tables. */
    public static void recreate(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (TargetTable table : TargetTable.values()) {
                statement.execute("DROP TABLE IF EXISTS " + table.stagingName());
                statement.execute("DROP TABLE IF EXISTS " + table.name());
            }
            for (TargetTable table : TargetTable.values()) {
                String columns = table.columns().stream().map(TargetSchema::definition)
                        .collect(Collectors.joining(", "));
                statement.execute("CREATE TABLE " + table.name() + " (" + columns + ", PRIMARY KEY ("
                        + table.columns().get(0).name() + "))");
                statement.execute("CREATE TABLE " + table.stagingName() + " (BATCH_ID INTEGER NOT NULL, "
                        + columns + ")");
                if (table != TargetTable.PERSON) {
                    statement.execute("CREATE INDEX IX_" + table.name() + "_PERSON ON " + table.name()
                            + " (PERSON_ID)");
                }
            }
        }
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }

    /** The comma-separated column names of a table, in order. */
    public static String columnList(TargetTable table) {
        return table.columns().stream().map(Column::name).collect(Collectors.joining(", "));
    }

    private static String definition(Column column) {
        return column.name() + " " + column.sqlType() + (column.kind().name().equals("ID") ? " NOT NULL" : "");
    }
}
