package org.synthhealth.core.migration.internal.target;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The rows one patient becomes in the target, per table, in source order. */
public final class TargetPatient {

    private final long dfn;
    private final Map<TargetTable, List<TargetRow>> rows = new EnumMap<>(TargetTable.class);

    /** No rows yet, for the patient with this DFN (the PERSON_ID). */
    public TargetPatient(long dfn) {
        this.dfn = dfn;
        for (TargetTable table : TargetTable.values()) {
            rows.put(table, new ArrayList<>());
        }
    }

    /** The patient's DFN, which is also its PERSON_ID. */
    public long dfn() {
        return dfn;
    }

    /** Appends a row to its table. */
    public void add(TargetRow row) {
        rows.get(row.table()).add(row);
    }

    /** The rows of one table; the list may be changed by faults. */
    public List<TargetRow> rows(TargetTable table) {
        return rows.get(table);
    }

    /** The PERSON row. */
    public TargetRow person() {
        return rows.get(TargetTable.PERSON).get(0);
    }

    /** How many rows in all tables. */
    public int rowCount() {
        return rows.values().stream().mapToInt(List::size).sum();
    }

    /** A deep copy, so a retried batch starts again from what was extracted. */
    public TargetPatient copy() {
        TargetPatient copy = new TargetPatient(dfn);
        rows.forEach((table, list) -> list.forEach(row -> copy.add(row.copy())));
        return copy;
    }
}
