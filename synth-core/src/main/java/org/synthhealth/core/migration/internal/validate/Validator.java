package org.synthhealth.core.migration.internal.validate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.synthhealth.core.migration.SubStage;
import org.synthhealth.core.migration.internal.target.Column;
import org.synthhealth.core.migration.internal.target.ColumnKind;
import org.synthhealth.core.migration.internal.target.TargetPatient;
import org.synthhealth.core.migration.internal.target.TargetRow;
import org.synthhealth.core.migration.internal.target.TargetTable;

/**
 * Checks one patient's target rows before load: schema (required fields, lengths, code and identifier formats),
 * business rules (dates in order, plausible names, positive doses, no duplicate orders) and data integrity
 * (references intact, keys unique). Which rules apply depends on the {@link Strictness}.
 */
public final class Validator {

    private final Strictness strictness;
    private final LocalDate referenceDate;

    /** Validation at {@code strictness}; no date may fall after {@code referenceDate} (the simulated today). */
    public Validator(Strictness strictness, LocalDate referenceDate) {
        this.strictness = strictness;
        this.referenceDate = referenceDate;
    }

    /** Every rule the patient breaks, schema first; empty when it may be loaded. */
    public List<Violation> check(TargetPatient patient) {
        List<Violation> found = new ArrayList<>();
        schema(patient, found);
        businessRules(patient, found);
        integrity(patient, found);
        return found;
    }

    private void schema(TargetPatient patient, List<Violation> found) {
        for (TargetTable table : TargetTable.values()) {
            for (TargetRow row : patient.rows(table)) {
                for (int i = 0; i < table.columns().size(); i++) {
                    Column column = table.columns().get(i);
                    Object value = row.get(i);
                    if (value == null || "".equals(value)) {
                        if (column.required()) {
                            found.add(new Violation("required_field", SubStage.SCHEMA_CHECK,
                                    table + "." + column.name() + " is missing in row " + row.get(0)));
                        }
                    } else if (value instanceof String text && text.length() > column.maxLength()) {
                        found.add(new Violation("fits_column", SubStage.SCHEMA_CHECK, table + "." + column.name()
                                + " holds " + text.length() + " characters, more than " + column.maxLength()
                                + " in row " + row.get(0)));
                    } else if (strictness.enforces(Strictness.MEDIUM) && column.format().isPresent()
                            && !column.format().get().matcher(value.toString()).matches()) {
                        found.add(new Violation("code_format", SubStage.SCHEMA_CHECK, table + "." + column.name()
                                + " '" + value + "' is not a valid code in row " + row.get(0)));
                    }
                }
            }
        }
        if (strictness.enforces(Strictness.MEDIUM)) {
            for (TargetRow alias : patient.rows(TargetTable.PERSON_ALIAS)) {
                String pool = String.valueOf(alias.get("ALIAS_POOL_CD"));
                String value = String.valueOf(alias.get("ALIAS"));
                boolean ok = pool.equals("SSN") ? value.matches("\\d{9}") : value.matches("\\d{10}");
                if (!ok) {
                    found.add(new Violation("identifier_format", SubStage.SCHEMA_CHECK,
                            pool + " '" + value + "' is not well formed"));
                }
            }
        }
    }

    private void businessRules(TargetPatient patient, List<Violation> found) {
        TargetRow person = patient.person();
        LocalDate birth = (LocalDate) person.get("BIRTH_DT");
        LocalDate death = (LocalDate) person.get("DECEASED_DT");
        if (strictness.enforces(Strictness.MEDIUM) && birth != null) {
            LocalDate latest = death == null ? referenceDate : death;
            for (TargetTable table : TargetTable.values()) {
                for (TargetRow row : patient.rows(table)) {
                    datesInOrder(row, birth, latest, death == null, found);
                }
            }
            for (TargetRow order : patient.rows(TargetTable.ORDERS)) {
                ordered(order, "ORIG_ORDER_DT", "STOP_DT", found);
                if (order.get("SIG") instanceof String sig && sig.startsWith("-")) {
                    found.add(new Violation("positive_dose", SubStage.BUSINESS_RULES,
                            "ORDERS.SIG '" + sig + "' has a negative dose in order " + order.id()));
                }
            }
            for (TargetRow encounter : patient.rows(TargetTable.ENCOUNTER)) {
                ordered(encounter, "REG_DT_TM", "DISCH_DT_TM", found);
            }
        }
        if (strictness.enforces(Strictness.HIGH)) {
            for (String column : List.of("NAME_LAST", "NAME_FIRST")) {
                Object value = person.get(column);
                if (value instanceof String name && name.replaceAll("[^\\p{L}]", "").length() < 2) {
                    found.add(new Violation("plausible_name", SubStage.BUSINESS_RULES,
                            "PERSON." + column + " '" + name + "' is too short to be a name"));
                }
            }
            Set<String> orders = new HashSet<>();
            for (TargetRow order : patient.rows(TargetTable.ORDERS)) {
                if (!orders.add(order.get("ORDER_MNEMONIC") + "@" + order.get("ORIG_ORDER_DT"))) {
                    found.add(new Violation("duplicate_order", SubStage.BUSINESS_RULES, "order " + order.id()
                            + " repeats " + order.get("ORDER_MNEMONIC") + " on the same day"));
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void ordered(TargetRow row, String first, String second, List<Violation> found) {
        Object start = row.get(first);
        Object end = row.get(second);
        if (start != null && end != null && ((Comparable<Object>) start).compareTo(end) > 0) {
            found.add(new Violation("dates_in_order", SubStage.BUSINESS_RULES, row.table() + "." + second + " "
                    + end + " precedes " + first + " " + start + " in row " + row.get(0)));
        }
    }

    /**
     * Flags dates outside the life span. A living patient's order may stop after the reference date: a course's
     * planned stop is part of the order, so {@code ORDERS.STOP_DT} is bounded by death alone.
     */
    private static void datesInOrder(TargetRow row, LocalDate birth, LocalDate latest, boolean alive,
            List<Violation> found) {
        List<Column> columns = row.table().columns();
        for (int i = 0; i < columns.size(); i++) {
            ColumnKind kind = columns.get(i).kind();
            if (columns.get(i).name().equals("BIRTH_DT") || columns.get(i).name().equals("DECEASED_DT")) {
                continue;
            }
            boolean plannedStop = alive && row.table() == TargetTable.ORDERS && columns.get(i).name().equals("STOP_DT");
            LocalDate date = row.get(i) instanceof LocalDateTime t ? t.toLocalDate()
                    : row.get(i) instanceof LocalDate d ? d : null;
            if ((kind == ColumnKind.DATE || kind == ColumnKind.TIMESTAMP) && date != null
                    && (date.isBefore(birth) || date.isAfter(latest) && !plannedStop)) {
                found.add(new Violation("dates_in_order", SubStage.BUSINESS_RULES, row.table() + "."
                        + columns.get(i).name() + " " + date + " is outside life span " + birth + ".." + latest
                        + " in row " + row.get(0)));
            }
        }
    }

    private static void integrity(TargetPatient patient, List<Violation> found) {
        Set<Long> encounters = new HashSet<>();
        patient.rows(TargetTable.ENCOUNTER).forEach(row -> encounters.add(row.id()));
        for (TargetTable table : TargetTable.values()) {
            Set<Long> keys = new HashSet<>();
            for (TargetRow row : patient.rows(table)) {
                if (row.get(0) != null && !keys.add((Long) row.get(0))) {
                    found.add(new Violation("unique_key", SubStage.DATA_INTEGRITY,
                            table + " key " + row.get(0) + " appears twice"));
                }
                List<Column> columns = table.columns();
                for (int i = 0; i < columns.size(); i++) {
                    Object value = row.get(i);
                    if (columns.get(i).kind() == ColumnKind.PERSON_REF && !Long.valueOf(patient.dfn()).equals(value)) {
                        found.add(new Violation("reference_intact", SubStage.DATA_INTEGRITY, table + "."
                                + columns.get(i).name() + " " + value + " is not the patient in row " + row.get(0)));
                    }
                    if (columns.get(i).kind() == ColumnKind.ENCOUNTER_REF && value != null
                            && !encounters.contains(value)) {
                        found.add(new Violation("reference_intact", SubStage.DATA_INTEGRITY, table + "."
                                + columns.get(i).name() + " " + value + " is not an encounter of the patient in row "
                                + row.get(0)));
                    }
                }
            }
        }
    }
}
