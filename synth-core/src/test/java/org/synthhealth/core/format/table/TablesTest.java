package org.synthhealth.core.format.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.model.Patient;

class TablesTest {

    private static final List<Patient> PATIENTS = HandmadePatients.cohort(42, 300);

    @Test
    void hasTheTenTablesInDocumentedOrder() {
        assertThat(Tables.ALL).extracting(Table::name).containsExactly("patients", "encounters", "conditions",
                "medications", "allergies", "procedures", "immunizations", "observations", "deaths",
                "family_history");
    }

    @Test
    void startsWithTheUserGuideColumnsInTheirOrder() {
        assertThat(Tables.PATIENTS.columnNames()).containsSubsequence("patient_id", "mrn", "ssn", "first_name",
                "last_name", "gender", "birthdate", "race", "ethnicity", "language", "marital_status", "phone",
                "email", "address", "city", "state", "zip", "insurance", "smoking", "alcohol", "education",
                "employment", "housing");
        assertThat(Tables.CONDITIONS.columnNames().subList(0, 9)).containsExactly("patient_id", "condition_id",
                "encounter_id", "condition_name", "icd10_code", "snomed_code", "status", "onset_date",
                "resolution_date");
        assertThat(Tables.MEDICATIONS.columnNames().subList(0, 10)).containsExactly("patient_id", "medication_id",
                "encounter_id", "medication_name", "rxnorm_code", "ndc_code", "dosage", "frequency", "start_date",
                "end_date");
        assertThat(Tables.MEDICATIONS.columnNames()).endsWith("status");
    }

    @Test
    void putsPatientIdFirstAndTheRowIdSecond() {
        for (Table<?> table : Tables.ALL) {
            assertThat(table.columnNames().get(0)).as(table.name()).isEqualTo("patient_id");
            if (table != Tables.PATIENTS && table != Tables.DEATHS) {
                assertThat(table.columnNames().get(1)).as(table.name()).endsWith("_id");
            }
            assertThat(new HashSet<>(table.columnNames())).as(table.name()).hasSameSizeAs(table.columnNames());
        }
    }

    @Test
    void extractsValuesOfTheDeclaredTypeAndLeavesOnlyOptionalColumnsEmpty() {
        for (Table<?> table : Tables.ALL) {
            assertTypes(table);
        }
    }

    @Test
    void keepsRowIdsUniqueWithinEachTable() {
        for (Table<?> table : Tables.ALL) {
            List<List<Object>> rows = TableFixtures.expectedRows(table, PATIENTS);
            int keyColumn = table == Tables.PATIENTS || table == Tables.DEATHS ? 0 : 1;
            Set<Object> ids = new HashSet<>();
            for (List<Object> row : rows) {
                assertThat(ids.add(row.get(keyColumn))).as("%s id %s", table.name(), row.get(keyColumn)).isTrue();
            }
            assertThat(rows).as(table.name()).isNotEmpty();
        }
    }

    private static <R> void assertTypes(Table<R> table) {
        for (Column<R> column : table.columns()) {
            boolean sawEmpty = false;
            for (Patient patient : PATIENTS) {
                for (R row : table.rowsOf(patient)) {
                    Object value = column.valueOrNull(row);
                    assertThat(column.value(row)).isEqualTo(java.util.Optional.ofNullable(value));
                    if (value == null) {
                        sawEmpty = true;
                        assertThat(column.nullable()).as("%s.%s empty but required", table.name(), column.name())
                                .isTrue();
                    } else {
                        assertThat(value).as("%s.%s", table.name(), column.name())
                                .isInstanceOf(column.type().javaType());
                    }
                }
            }
            if (column.nullable()) {
                assertThat(sawEmpty).as("fixture leaves %s.%s empty somewhere", table.name(), column.name()).isTrue();
            }
        }
    }
}
