package org.synthhealth.core.migration.internal.target;

import static org.synthhealth.core.migration.internal.target.Column.code;
import static org.synthhealth.core.migration.internal.target.Column.of;

import java.util.List;

/**
 * The target tables, shaped after the core of Oracle Health Millennium: one PERSON per patient, identifiers in
 * PERSON_ALIAS, and clinical rows pointing at the person (and at the encounter, where VistA records one).
 *
 * <p>Every clinical row also carries {@code SOURCE_IDENT}, the VistA file number and entry it came from, so any row
 * in the target can be traced back to its global node.
 */
public enum TargetTable {
    PERSON(List.of(of("PERSON_ID", "BIGINT", ColumnKind.ID, true),
            of("NAME_LAST", "VARCHAR(60)", ColumnKind.NAME, true),
            of("NAME_FIRST", "VARCHAR(60)", ColumnKind.NAME, true),
            of("NAME_MIDDLE", "VARCHAR(60)", ColumnKind.NAME, false),
            code("SEX_CD", 1, true, "[MF]"),
            of("BIRTH_DT", "DATE", ColumnKind.DATE, true),
            of("DECEASED_DT", "DATE", ColumnKind.DATE, false),
            code("MARITAL_TYPE_CD", 2, false, "[SMDWLU]"),
            code("RACE_CD", 10, false, "\\d{4}-\\d"),
            code("ETHNIC_GRP_CD", 10, false, "\\d{4}-\\d"),
            of("CITY", "VARCHAR(40)", ColumnKind.TEXT, false),
            code("STATE_CD", 2, false, "[A-Z]{2}"),
            code("ZIPCODE", 10, false, "\\d{5}"))),
    PERSON_ALIAS(List.of(of("PERSON_ALIAS_ID", "BIGINT", ColumnKind.ID, true),
            of("PERSON_ID", "BIGINT", ColumnKind.PERSON_REF, true),
            code("ALIAS_POOL_CD", 10, true, "MRN|SSN"),
            of("ALIAS", "VARCHAR(20)", ColumnKind.IDENTIFIER, true))),
    ENCOUNTER(List.of(of("ENCNTR_ID", "BIGINT", ColumnKind.ID, true),
            of("PERSON_ID", "BIGINT", ColumnKind.PERSON_REF, true),
            code("ENCNTR_TYPE_CD", 2, true, "[AHIEO]"),
            of("REG_DT_TM", "TIMESTAMP", ColumnKind.TIMESTAMP, true),
            of("DISCH_DT_TM", "TIMESTAMP", ColumnKind.TIMESTAMP, false),
            of("SOURCE_IDENT", "VARCHAR(40)", ColumnKind.TEXT, true))),
    PROBLEM(List.of(of("PROBLEM_ID", "BIGINT", ColumnKind.ID, true),
            of("PERSON_ID", "BIGINT", ColumnKind.PERSON_REF, true),
            code("ICD10_CD", 10, true, "[A-Z]\\d[0-9A-Z](\\.[0-9A-Z]{1,4})?"),
            code("SNOMED_CD", 20, false, "\\d{6,18}"),
            code("LIFE_CYCLE_STATUS_CD", 1, true, "[AI]"),
            of("ONSET_DT", "DATE", ColumnKind.DATE, false),
            of("SOURCE_IDENT", "VARCHAR(40)", ColumnKind.TEXT, true))),
    DIAGNOSIS(List.of(of("DIAGNOSIS_ID", "BIGINT", ColumnKind.ID, true),
            of("PERSON_ID", "BIGINT", ColumnKind.PERSON_REF, true),
            of("ENCNTR_ID", "BIGINT", ColumnKind.ENCOUNTER_REF, false),
            code("ICD10_CD", 10, true, "[A-Z]\\d[0-9A-Z](\\.[0-9A-Z]{1,4})?"),
            of("SOURCE_IDENT", "VARCHAR(40)", ColumnKind.TEXT, true))),
    ALLERGY(List.of(of("ALLERGY_ID", "BIGINT", ColumnKind.ID, true),
            of("PERSON_ID", "BIGINT", ColumnKind.PERSON_REF, true),
            of("SUBSTANCE", "VARCHAR(120)", ColumnKind.TEXT, true),
            code("ALLERGY_TYPE_CD", 1, false, "[FDO]"),
            of("ONSET_DT", "DATE", ColumnKind.DATE, false),
            of("SOURCE_IDENT", "VARCHAR(40)", ColumnKind.TEXT, true))),
    ORDERS(List.of(of("ORDER_ID", "BIGINT", ColumnKind.ID, true),
            of("PERSON_ID", "BIGINT", ColumnKind.PERSON_REF, true),
            of("ORDER_MNEMONIC", "VARCHAR(120)", ColumnKind.TEXT, true),
            code("RXNORM_CD", 12, false, "\\d{1,10}"),
            of("SIG", "VARCHAR(200)", ColumnKind.TEXT, true),
            of("ORIG_ORDER_DT", "DATE", ColumnKind.DATE, true),
            of("STOP_DT", "DATE", ColumnKind.DATE, false),
            of("SOURCE_IDENT", "VARCHAR(40)", ColumnKind.TEXT, true))),
    PROCEDURE(List.of(of("PROCEDURE_ID", "BIGINT", ColumnKind.ID, true),
            of("PERSON_ID", "BIGINT", ColumnKind.PERSON_REF, true),
            of("ENCNTR_ID", "BIGINT", ColumnKind.ENCOUNTER_REF, false),
            code("PROC_CD", 20, true, "\\d{5,18}"),
            of("PROC_DT_TM", "TIMESTAMP", ColumnKind.TIMESTAMP, true),
            of("SOURCE_IDENT", "VARCHAR(40)", ColumnKind.TEXT, true))),
    IMMUNIZATION(List.of(of("IMMUNIZATION_ID", "BIGINT", ColumnKind.ID, true),
            of("PERSON_ID", "BIGINT", ColumnKind.PERSON_REF, true),
            of("ENCNTR_ID", "BIGINT", ColumnKind.ENCOUNTER_REF, false),
            code("CVX_CD", 5, true, "\\d{1,3}"),
            of("ADMIN_DT_TM", "TIMESTAMP", ColumnKind.TIMESTAMP, true),
            of("SOURCE_IDENT", "VARCHAR(40)", ColumnKind.TEXT, true))),
    CLINICAL_EVENT(List.of(of("EVENT_ID", "BIGINT", ColumnKind.ID, true),
            of("PERSON_ID", "BIGINT", ColumnKind.PERSON_REF, true),
            code("EVENT_CD", 20, true, "\\d{1,7}-\\d"),
            of("RESULT_VAL", "VARCHAR(40)", ColumnKind.TEXT, true),
            of("RESULT_UNITS_CD", "VARCHAR(20)", ColumnKind.TEXT, true),
            of("EVENT_END_DT_TM", "TIMESTAMP", ColumnKind.TIMESTAMP, true),
            of("SOURCE_IDENT", "VARCHAR(40)", ColumnKind.TEXT, true)));

    private final List<Column> columns;

    TargetTable(List<Column> columns) {
        this.columns = columns;
    }

    /** The columns in table order; the first is the key. */
    public List<Column> columns() {
        return columns;
    }

    /** The position of a column by name. */
    public int indexOf(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        throw new IllegalArgumentException(column + " is not a column of " + name());
    }

    /** The name of the staging twin of this table. */
    public String stagingName() {
        return "STG_" + name();
    }
}
