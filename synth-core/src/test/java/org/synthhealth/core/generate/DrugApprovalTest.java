package org.synthhealth.core.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.generate.codes.ConditionCatalogue;
import org.synthhealth.core.generate.codes.ConditionDefinition;
import org.synthhealth.core.generate.codes.Drug;
import org.synthhealth.core.generate.codes.DrugApprovals;
import org.synthhealth.core.generate.codes.Drugs;
import org.synthhealth.core.model.Code;
import org.synthhealth.core.model.CodeSystem;
import org.synthhealth.core.model.Condition;
import org.synthhealth.core.model.Medication;
import org.synthhealth.core.model.Patient;

/** No patient starts a drug before it was approved in the US, however far back the reference date lies. */
class DrugApprovalTest {

    private static final long SEED = 20_260_101L;

    /** First US approval year by RxNorm code, from the FDA labels; kept apart from the engine's own table. */
    private static final Map<String, Integer> APPROVED = Map.ofEntries(
            Map.entry("314076", 1988), Map.entry("314077", 1988), Map.entry("310798", 1959),
            Map.entry("197361", 1992), Map.entry("308135", 1992), Map.entry("979492", 1995),
            Map.entry("866924", 1978), Map.entry("866412", 1992), Map.entry("617310", 1996),
            Map.entry("617311", 1996), Map.entry("312961", 1991), Map.entry("859747", 2003),
            Map.entry("861007", 1995), Map.entry("860975", 2000), Map.entry("311041", 2000),
            Map.entry("243670", 1900), Map.entry("309362", 1997), Map.entry("855332", 1954),
            Map.entry("312941", 1991), Map.entry("349332", 2002), Map.entry("313988", 1966),
            Map.entry("198145", 1955), Map.entry("308191", 1974), Map.entry("308460", 1991),
            Map.entry("2123111", 1996), Map.entry("895994", 1996), Map.entry("308189", 1974),
            Map.entry("141963", 1995), Map.entry("309113", 1971), Map.entry("313134", 1973),
            Map.entry("198335", 1973), Map.entry("1648755", 1991));

    @Test
    void aCohortOf1950GetsOnlyDrugsThatExistedAtTheTime() {
        Set<String> given = assertNoDrugBeforeItsApproval(LocalDate.of(1950, 1, 1));

        assertThat(given).as("RxNorm codes prescribed by 1950").isSubsetOf("243670");
    }

    @Test
    void aCohortOf1990GetsOlderDrugsInsteadOfLaterOnes() {
        Set<String> given = assertNoDrugBeforeItsApproval(LocalDate.of(1990, 1, 1));

        assertThat(given).as("RxNorm codes prescribed by 1990").contains("314076", "310798", "866924", "313988")
                .doesNotContain("617310", "859747", "979492", "349332", "311041", "309362", "2123111");
    }

    @Test
    void aCohortOf1990TreatsCystitisWithTrimethoprimSulfamethoxazoleBeforeNitrofurantoinTwiceDaily() {
        Set<String> given = assertNoDrugBeforeItsApproval(LocalDate.of(1990, 1, 1));

        // Nitrofurantoin monohydrate/macrocrystals (1648755) was approved in 1991, the azithromycin suspension in 1995.
        assertThat(given).as("RxNorm codes prescribed by 1990").contains("198335", "308189", "309113")
                .doesNotContain("1648755", "141963");
    }

    @Test
    void aCohortOf2026StillGetsEveryLineOfTreatment() {
        Set<String> given = assertNoDrugBeforeItsApproval(LocalDate.of(2026, 1, 1));

        // Clopidogrel (309362) is only aspirin's substitute, and no allergy in the engine rules aspirin out; the
        // trimethoprim-sulfamethoxazole suspension (313134) is only for a penicillin-allergic child's UTI, too rare
        // to be sure of in 3,000 patients.
        assertThat(given).as("RxNorm codes prescribed by 2026").contains("617310", "859747", "979492", "349332",
                "311041", "2123111", "1648755", "198335", "308189", "141963", "309113");
    }

    @Test
    void everyDrugTheEngineMayPrescribeHasAnApprovalYear() {
        for (ConditionDefinition condition : ConditionCatalogue.ALL) {
            for (Drug planned : Drugs.regimensFor(condition.key()).stream().flatMap(List::stream).toList()) {
                for (Optional<Drug> d = Optional.of(planned); d.isPresent(); d = Drugs.substituteFor(d.get())) {
                    assertThat(DrugApprovals.of(d.get()).getValue()).as("approval of %s", d.get().name())
                            .isEqualTo(APPROVED.get(d.get().rxnorm().code()));
                }
            }
        }
    }

    @Test
    void aDrugWithoutAnApprovalYearIsRefusedByName() {
        Drug unknown = new Drug(Code.of(CodeSystem.RXNORM, "999", "unknown drug"), "1 mg", "once daily", 0, 18);

        assertThatIllegalArgumentException().isThrownBy(() -> DrugApprovals.of(unknown))
                .withMessage("RxNorm 999 (unknown drug) has no approval year; add one to DrugApprovals");
    }

    /**
     * Generates 3,000 patients for {@code reference}, checks that every prescription starts in or after its drug's
     * approval year and treats a condition the patient has, and returns the RxNorm codes prescribed.
     */
    private static Set<String> assertNoDrugBeforeItsApproval(LocalDate reference) {
        CohortSpec spec = CohortSpec.builder().patients(3_000).seed(SEED).referenceDate(reference)
                .concurrentWorkers(2).build();
        Set<String> given = new TreeSet<>();
        for (Patient p : Cohort.generate(spec).patients()) {
            for (Medication m : p.medications()) {
                String what = m.name() + " for patient " + p.index() + " (seed " + SEED + ", reference date "
                        + reference + ")";
                Optional<Condition> treated = p.condition(m.conditionId());

                assertThat(m.startDate().getYear()).as("start of %s", what)
                        .isGreaterThanOrEqualTo(APPROVED.get(m.rxnorm().code()));
                assertThat(treated).as("condition of %s", what).isPresent();
                assertThat(m.startDate()).as("start of %s", what).isAfterOrEqualTo(treated.get().onsetDate());
                assertThat(ClinicalCoherenceTest.drugsThatMayTreat(treated.get().key())).as(what)
                        .contains(m.rxnorm().code());
                given.add(m.rxnorm().code());
            }
        }
        return given;
    }
}
