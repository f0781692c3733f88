package org.synthhealth.core.migration.internal.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.synthhealth.core.migration.internal.target.Column;
import org.synthhealth.core.migration.internal.target.TargetPatient;
import org.synthhealth.core.migration.internal.target.TargetRow;
import org.synthhealth.core.migration.internal.target.TargetTable;

/** Reads the target back, as reconciliation and the conservation check need it. */
public final class TargetReader {

    private final Connection connection;

    public TargetReader(Connection connection) {
        this.connection = connection;
    }

    /** Every person the target holds, with their rows, for DFNs in [fromDfn, toDfn]. */
    public Map<Long, TargetPatient> read(long fromDfn, long toDfn) throws SQLException {
        Map<Long, TargetPatient> patients = new TreeMap<>();
        for (TargetTable table : TargetTable.values()) {
            String sql = "SELECT " + TargetSchema.columnList(table) + " FROM " + table.name()
                    + " WHERE PERSON_ID BETWEEN ? AND ? ORDER BY PERSON_ID, " + table.columns().get(0).name();
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setLong(1, fromDfn);
                query.setLong(2, toDfn);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        TargetRow row = row(table, rs);
                        long dfn = (Long) row.get("PERSON_ID");
                        patients.computeIfAbsent(dfn, TargetPatient::new).add(row);
                    }
                }
            }
        }
        return patients;
    }

    /** The ids of every person in the target, ascending. */
    public List<Long> personIds() throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT PERSON_ID FROM PERSON ORDER BY PERSON_ID")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /** Rows per production table, in table order. */
    public Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            for (TargetTable table : TargetTable.values()) {
                try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table.name())) {
                    rs.next();
                    counts.put(table.name(), rs.getLong(1));
                }
            }
        }
        return counts;
    }

    private static TargetRow row(TargetTable table, ResultSet rs) throws SQLException {
        Object[] values = new Object[table.columns().size()];
        for (int i = 0; i < values.length; i++) {
            Column column = table.columns().get(i);
            values[i] = switch (column.sqlType()) {
                case "BIGINT" -> rs.getObject(i + 1, Long.class);
                case "INTEGER" -> rs.getObject(i + 1, Integer.class);
                case "DATE" -> rs.getObject(i + 1, LocalDate.class);
                case "TIMESTAMP" -> rs.getObject(i + 1, LocalDateTime.class);
                default -> rs.getString(i + 1);
            };
        }
        return new TargetRow(table, values);
    }
}
