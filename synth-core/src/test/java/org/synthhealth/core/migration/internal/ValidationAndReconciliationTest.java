package org.synthhealth.core.migration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.migration.internal.reconcile.Reconciler;
import org.synthhealth.core.migration.internal.reconcile.Reconciliation;
import org.synthhealth.core.migration.internal.target.TargetPatient;
import org.synthhealth.core.migration.internal.target.TargetRow;
import org.synthhealth.core.migration.internal.target.TargetTable;
import org.synthhealth.core.migration.internal.validate.Strictness;
import org.synthhealth.core.migration.internal.validate.Validator;
import org.synthhealth.core.migration.internal.validate.Violation;

/** Validation rules by strictness, and reconciliation scores, on hand-built rows. */
class ValidationAndReconciliationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

    private static TargetPatient patient() {
        TargetPatient p = new TargetPatient(7);
        p.add(new TargetRow(TargetTable.PERSON, 7L, "Doe", "Jane", null, "F", LocalDate.of(1980, 1, 15), null, "M",
                "2106-3", "2186-5", "Oakland", "CA", "94601"));
        p.add(new TargetRow(TargetTable.PERSON_ALIAS, 14L, 7L, "MRN", "1000000006"));
        p.add(new TargetRow(TargetTable.PERSON_ALIAS, 15L, 7L, "SSN", "900123456"));
        p.add(new TargetRow(TargetTable.ENCOUNTER, 3L, 7L, "A", LocalDateTime.of(2024, 3, 15, 14, 30),
                LocalDateTime.of(2024, 3, 15, 15, 0), "9000010:3"));
        p.add(new TargetRow(TargetTable.IMMUNIZATION, 4L, 7L, 3L, "140", LocalDateTime.of(2024, 3, 15, 14, 40),
                "9000010.11:4"));
        return p;
    }

    private static java.util.List<String> rules(TargetPatient p, Strictness strictness) {
        return new Validator(strictness, TODAY).check(p).stream().map(Violation::rule).toList();
    }

    @Test
    void aCleanPatientPassesEvenTheHighestStrictness() {
        assertThat(rules(patient(), Strictness.HIGH)).isEmpty();
    }

    @Test
    void aBrokenEncounterReferenceIsCaughtAtEveryStrictness() {
        TargetPatient p = patient();
        p.rows(TargetTable.IMMUNIZATION).get(0).set("ENCNTR_ID", 99L);

        assertThat(rules(p, Strictness.LOW)).containsExactly("reference_intact");
    }

    @Test
    void aDateBeforeBirthIsCaughtFromMediumStrictness() {
        TargetPatient p = patient();
        p.rows(TargetTable.IMMUNIZATION).get(0).set("ADMIN_DT_TM", LocalDateTime.of(1970, 1, 1, 0, 0));

        assertThat(rules(p, Strictness.LOW)).isEmpty();
        assertThat(rules(p, Strictness.MEDIUM)).containsExactly("dates_in_order");
    }

    @Test
    void aOneLetterNameIsCaughtOnlyAtHighStrictness() {
        TargetPatient p = patient();
        p.person().set("NAME_LAST", "D");

        assertThat(rules(p, Strictness.MEDIUM)).isEmpty();
        assertThat(rules(p, Strictness.HIGH)).containsExactly("plausible_name");
    }

    @Test
    void reconciliationScoresOneForAnIdenticalPatientAndNamesEachDifference() {
        TargetPatient actual = patient();
        actual.person().set("BIRTH_DT", LocalDate.of(1980, 1, 16));
        actual.rows(TargetTable.IMMUNIZATION).clear();

        Reconciliation same = Reconciler.compare(patient(), patient());
        Reconciliation differs = Reconciler.compare(patient(), actual);

        assertThat(same.score()).isEqualTo(1.0);
        assertThat(same.defects()).isEmpty();
        assertThat(differs.defects()).contains("PERSON.BIRTH_DT", "IMMUNIZATION.count", "IMMUNIZATION.CVX_CD",
                "IMMUNIZATION.ADMIN_DT_TM");
        assertThat(differs.score()).isBetween(0.0, 0.99);
    }

    @Test
    void reconciliationIgnoresCaseAndValuesTheSourceCannotKnow() {
        TargetPatient expected = patient();
        expected.person().set("NAME_LAST", "DOE");
        expected.rows(TargetTable.ENCOUNTER).get(0).set("SOURCE_IDENT", Reconciler.ANY);

        assertThat(Reconciler.compare(expected, patient()).score()).isEqualTo(1.0);
    }
}
