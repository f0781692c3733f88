package org.synthhealth.core.migration.internal.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.synthhealth.core.migration.internal.target.Column;
import org.synthhealth.core.migration.internal.target.ColumnKind;
import org.synthhealth.core.migration.internal.target.TargetPatient;
import org.synthhealth.core.migration.internal.target.TargetRow;
import org.synthhealth.core.migration.internal.target.TargetTable;

/**
 * Scores a patient read back from the target against the rows the source says it should have, field by field.
 *
 * <p>Five categories, each scored as matched / compared: demographics (each PERSON field), identifiers (MRN and SSN),
 * codes (each coded or text value of the clinical rows, as a multiset per column), dates (each date and time of the
 * clinical rows, as a multiset per column) and counts (rows per clinical table). The score is the mean of the
 * categories that compared anything. Text compares without regard to case; a value the source cannot know is not
 * compared. Ids are not compared: they are the target's own keys.
 */
public final class Reconciler {

    /** An expected value that matches anything, for fields the source model does not carry. */
    public static final Object ANY = new Object() {
        @Override
        public String toString() {
            return "*";
        }
    };

    private static final List<String> CATEGORIES = List.of("demographics", "identifiers", "codes", "dates", "counts");

    private Reconciler() {
    }

    /** Compares {@code actual} (read from the target) with {@code expected} (derived from the source). */
    public static Reconciliation compare(TargetPatient expected, TargetPatient actual) {
        Map<String, int[]> tally = new TreeMap<>();
        CATEGORIES.forEach(c -> tally.put(c, new int[2]));
        List<String> defects = new ArrayList<>();
        demographics(expected, actual, tally.get("demographics"), defects);
        identifiers(expected, actual, tally.get("identifiers"), defects);
        for (TargetTable table : TargetTable.values()) {
            if (table == TargetTable.PERSON || table == TargetTable.PERSON_ALIAS) {
                continue;
            }
            List<TargetRow> want = expected.rows(table);
            List<TargetRow> got = actual.rows(table);
            count(tally.get("counts"), want.size() == got.size(), table + ".count", defects);
            List<Column> columns = table.columns();
            for (int i = 0; i < columns.size(); i++) {
                ColumnKind kind = columns.get(i).kind();
                if (kind == ColumnKind.ID || kind == ColumnKind.PERSON_REF || kind == ColumnKind.ENCOUNTER_REF
                        || columns.get(i).name().equals("SOURCE_IDENT")) {
                    continue;
                }
                int[] into = kind == ColumnKind.DATE || kind == ColumnKind.TIMESTAMP ? tally.get("dates")
                        : tally.get("codes");
                multiset(want, got, i, into, table + "." + columns.get(i).name(), defects);
            }
        }
        double sum = 0;
        int used = 0;
        for (int[] t : tally.values()) {
            if (t[1] > 0) {
                sum += (double) t[0] / t[1];
                used++;
            }
        }
        return new Reconciliation(used == 0 ? 1.0 : sum / used, defects);
    }

    private static void demographics(TargetPatient expected, TargetPatient actual, int[] tally, List<String> defects) {
        TargetRow want = expected.person();
        TargetRow got = actual.person();
        List<Column> columns = TargetTable.PERSON.columns();
        for (int i = 1; i < columns.size(); i++) {
            if (want.get(i) != ANY) {
                count(tally, same(want.get(i), got.get(i)), "PERSON." + columns.get(i).name(), defects);
            }
        }
    }

    private static void identifiers(TargetPatient expected, TargetPatient actual, int[] tally, List<String> defects) {
        Map<String, Object> got = new TreeMap<>();
        actual.rows(TargetTable.PERSON_ALIAS).forEach(r -> got.put((String) r.get("ALIAS_POOL_CD"), r.get("ALIAS")));
        for (TargetRow alias : expected.rows(TargetTable.PERSON_ALIAS)) {
            String pool = (String) alias.get("ALIAS_POOL_CD");
            count(tally, same(alias.get("ALIAS"), got.get(pool)), "PERSON_ALIAS." + pool, defects);
        }
    }

    private static void multiset(List<TargetRow> want, List<TargetRow> got, int column, int[] tally, String name,
            List<String> defects) {
        Map<Object, Integer> remaining = new java.util.HashMap<>();
        int compared = 0;
        for (TargetRow row : want) {
            if (row.get(column) != ANY) {
                remaining.merge(normal(row.get(column)), 1, Integer::sum);
                compared++;
            }
        }
        if (compared == 0) {
            return;
        }
        int matched = 0;
        for (TargetRow row : got) {
            Integer left = remaining.get(normal(row.get(column)));
            if (left != null && left > 0) {
                remaining.put(normal(row.get(column)), left - 1);
                matched++;
            }
        }
        int total = Math.max(compared, got.size());
        tally[0] += matched;
        tally[1] += total;
        if (matched < total) {
            defects.add(name);
        }
    }

    private static void count(int[] tally, boolean ok, String name, List<String> defects) {
        tally[1]++;
        if (ok) {
            tally[0]++;
        } else {
            defects.add(name);
        }
    }

    private static boolean same(Object want, Object got) {
        return Objects.equals(normal(want), normal(got));
    }

    private static Object normal(Object value) {
        return value instanceof String text ? text.toUpperCase(Locale.ROOT) : value;
    }
}
