package org.synthhealth.core.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.generate.codes.ConditionCatalogue;
import org.synthhealth.core.generate.codes.ConditionDefinition;
import org.synthhealth.core.generate.codes.Drug;
import org.synthhealth.core.generate.codes.Drugs;
import org.synthhealth.core.generate.codes.TherapeuticClass;
import org.synthhealth.core.model.Code;
import org.synthhealth.core.model.CodeSystem;
import org.synthhealth.core.model.Condition;
import org.synthhealth.core.model.Medication;
import org.synthhealth.core.model.Patient;

/** A prescriber adjusts the drug a patient takes rather than adding a second of the same class. */
class SameClassMedicationTest {

    /**
     * Classes written out here rather than read from the engine, so that a drug put in the wrong class there still
     * fails. ACE inhibitors and ARBs are one class: taken together they are contraindicated.
     */
    private static final Map<String, String> CLASS_BY_RXCUI = Map.ofEntries(
            Map.entry("314076", "ACE inhibitor or ARB"), Map.entry("314077", "ACE inhibitor or ARB"),
            Map.entry("979492", "ACE inhibitor or ARB"),
            Map.entry("617310", "statin"), Map.entry("617311", "statin"), Map.entry("312961", "statin"),
            Map.entry("859747", "statin"),
            Map.entry("866924", "beta blocker"), Map.entry("866412", "beta blocker"),
            Map.entry("312941", "SSRI"), Map.entry("349332", "SSRI"),
            Map.entry("197361", "calcium channel blocker"), Map.entry("308135", "calcium channel blocker"),
            Map.entry("861007", "metformin"), Map.entry("860975", "metformin"));

    @Test
    void noPatientTakesTwoDrugsOfOneClassAtOnce() {
        long overlaps = 0;
        StringBuilder examples = new StringBuilder();
        for (Patient p : SampleCohort.patients()) {
            List<Medication> meds = p.medications();
            for (int i = 0; i < meds.size(); i++) {
                for (int j = i + 1; j < meds.size(); j++) {
                    if (sameClass(meds.get(i), meds.get(j)) && overlap(meds.get(i), meds.get(j))) {
                        overlaps++;
                        if (examples.length() < 600) {
                            examples.append(describe(p, meds.get(i))).append(" with ").append(describe(p, meds.get(j)))
                                    .append('\n');
                        }
                    }
                }
            }
        }

        assertThat(overlaps).as("drugs of one class taken together (seed %d), for example:%n%s",
                SampleCohort.SPEC.seed().orElseThrow(), examples).isZero();
    }

    @Test
    void everyDrugTheEngineMayPrescribeHasATherapeuticClass() {
        for (ConditionDefinition condition : ConditionCatalogue.ALL) {
            for (Drug drug : Drugs.regimensFor(condition.key()).stream().flatMap(List::stream).toList()) {
                assertThat(TherapeuticClass.of(drug)).as(drug.name()).isNotNull();
                Drugs.substituteFor(drug).ifPresent(s -> assertThat(TherapeuticClass.of(s)).as(s.name())
                        .isNotNull());
            }
        }
        assertThat(TherapeuticClass.of(Drugs.regimensFor("ckd").get(0).get(0)))
                .isEqualTo(TherapeuticClass.of(Drugs.regimensFor("hypertension").get(0).get(0)));
    }

    @Test
    void aDrugWithoutAClassIsRefusedByName() {
        Drug unknown = new Drug(Code.of(CodeSystem.RXNORM, "310431", "gabapentin 300 MG Oral Capsule"), "300 mg",
                "three times daily", 0, 18);

        assertThatThrownBy(() -> TherapeuticClass.of(unknown)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("310431").hasMessageContaining("gabapentin");
    }

    private static boolean sameClass(Medication a, Medication b) {
        String ca = CLASS_BY_RXCUI.getOrDefault(a.rxnorm().code(), a.rxnorm().code());
        return ca.equals(CLASS_BY_RXCUI.getOrDefault(b.rxnorm().code(), b.rxnorm().code()));
    }

    private static boolean overlap(Medication a, Medication b) {
        return a.startDate().isBefore(end(b)) && b.startDate().isBefore(end(a));
    }

    private static LocalDate end(Medication m) {
        return m.endDate().orElse(LocalDate.MAX);
    }

    private static String describe(Patient p, Medication m) {
        String treats = p.condition(m.conditionId()).map(Condition::key).orElse("?");
        return m.name() + " for " + treats + " from " + m.startDate() + " (" + p.id() + ")";
    }
}
