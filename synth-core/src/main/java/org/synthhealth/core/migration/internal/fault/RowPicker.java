package org.synthhealth.core.migration.internal.fault;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.synthhealth.core.migration.internal.target.Column;
import org.synthhealth.core.migration.internal.target.TargetPatient;
import org.synthhealth.core.migration.internal.target.TargetRow;
import org.synthhealth.core.migration.internal.target.TargetTable;

/** Lists the fields of a patient that a fault could strike, in a fixed order, so a die can pick one. */
final class RowPicker {

    /** One field: a row and a column position in it. */
    record Field(TargetRow row, int column) {

        Column definition() {
            return row.table().columns().get(column);
        }

        String name() {
            return row.table() + "." + definition().name();
        }
    }

    private RowPicker() {
    }

    /** Every non-null field whose column matches, table by table, row by row. */
    static List<Field> fields(TargetPatient patient, Predicate<Column> which) {
        List<Field> fields = new ArrayList<>();
        for (TargetTable table : TargetTable.values()) {
            for (TargetRow row : patient.rows(table)) {
                for (int i = 0; i < table.columns().size(); i++) {
                    if (row.get(i) != null && which.test(table.columns().get(i))) {
                        fields.add(new Field(row, i));
                    }
                }
            }
        }
        return fields;
    }
}
