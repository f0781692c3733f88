package org.synthhealth.core.migration.internal.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.synthhealth.core.migration.internal.target.TargetPatient;
import org.synthhealth.core.migration.internal.target.TargetRow;
import org.synthhealth.core.migration.internal.target.TargetTable;

/**
 * Loads patients through the staging tables into production inside the caller's transaction: insert into staging,
 * drop what production refuses, promote with {@code INSERT ... SELECT}, then count back for verification.
 */
public final class TargetWriter {

    private final Connection connection;

    public TargetWriter(Connection connection) {
        this.connection = connection;
    }

    /** Inserts the rows of these patients into the staging tables under {@code batchId}. */
    public void stage(int batchId, Collection<TargetPatient> patients) throws SQLException {
        for (TargetTable table : TargetTable.values()) {
            int width = table.columns().size();
            String marks = "?, ".repeat(width) + "?";
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table.stagingName()
                    + " (BATCH_ID, " + TargetSchema.columnList(table) + ") VALUES (" + marks + ")")) {
                int pending = 0;
                for (TargetPatient patient : patients) {
                    for (TargetRow row : patient.rows(table)) {
                        insert.setInt(1, batchId);
                        for (int i = 0; i < width; i++) {
                            bind(insert, i + 2, row.get(i), table.columns().get(i).sqlType());
                        }
                        insert.addBatch();
                        if (++pending == 500) {
                            insert.executeBatch();
                            pending = 0;
                        }
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
        }
    }

    /** Removes one patient's staged rows, as when production refuses it. */
    public void discardStaged(int batchId, long dfn) throws SQLException {
        for (TargetTable table : TargetTable.values()) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table.stagingName()
                    + " WHERE BATCH_ID = ? AND PERSON_ID = ?")) {
                delete.setInt(1, batchId);
                delete.setLong(2, dfn);
                delete.executeUpdate();
            }
        }
    }

    /** Moves a batch's staged rows into the production tables and empties its staging rows. */
    public void promote(int batchId) throws SQLException {
        for (TargetTable table : TargetTable.values()) {
            String columns = TargetSchema.columnList(table);
            try (PreparedStatement copy = connection.prepareStatement("INSERT INTO " + table.name() + " ("
                    + columns + ") SELECT " + columns + " FROM " + table.stagingName() + " WHERE BATCH_ID = ?");
                    PreparedStatement clear = connection.prepareStatement("DELETE FROM " + table.stagingName()
                            + " WHERE BATCH_ID = ?")) {
                copy.setInt(1, batchId);
                copy.executeUpdate();
                clear.setInt(1, batchId);
                clear.executeUpdate();
            }
        }
    }

    /** Rows per table held in production for each person in [fromDfn, toDfn], counted by the database. */
    public Map<Long, int[]> counts(long fromDfn, long toDfn) throws SQLException {
        Map<Long, int[]> counts = new TreeMap<>();
        for (TargetTable table : TargetTable.values()) {
            try (PreparedStatement query = connection.prepareStatement("SELECT PERSON_ID, COUNT(*) FROM "
                    + table.name() + " WHERE PERSON_ID BETWEEN ? AND ? GROUP BY PERSON_ID")) {
                query.setLong(1, fromDfn);
                query.setLong(2, toDfn);
                try (var rs = query.executeQuery()) {
                    while (rs.next()) {
                        counts.computeIfAbsent(rs.getLong(1), k -> new int[TargetTable.values().length])
                                [table.ordinal()] = rs.getInt(2);
                    }
                }
            }
        }
        return counts;
    }

    /** Deletes one person from every production table, as when verification finds it incomplete. */
    public void remove(long dfn) throws SQLException {
        for (TargetTable table : TargetTable.values()) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table.name()
                    + " WHERE PERSON_ID = ?")) {
                delete.setLong(1, dfn);
                delete.executeUpdate();
            }
        }
    }

    private static void bind(PreparedStatement statement, int index, Object value, String sqlType)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, sqlTypeCode(sqlType));
        } else if (value instanceof String text) {
            statement.setString(index, text);
        } else {
            statement.setObject(index, value);
        }
    }

    private static int sqlTypeCode(String sqlType) {
        return Map.of("BIGINT", Types.BIGINT, "INTEGER", Types.INTEGER, "DATE", Types.DATE,
                "TIMESTAMP", Types.TIMESTAMP).getOrDefault(sqlType, Types.VARCHAR);
    }
}
