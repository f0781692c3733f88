package org.synthhealth.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.generate.codes.ConditionCatalogue;
import org.synthhealth.core.generate.codes.ConditionDefinition;
import org.synthhealth.core.model.Code;
import org.synthhealth.core.model.CodeSystem;
import org.synthhealth.core.model.Patient;
import org.synthhealth.core.testing.SharedFolder;

/**
 * Every code the engine emits appears in the project's verified tables ({@code reference/codes.md}), or in one of the
 * short lists below of codes checked against another published source, named beside each.
 */
class CodeTablesTest {

    /** Codes checked against the HL7 terminology package instead; listed in {@code Snomed}. */
    private static final Set<String> CHECKED_ELSEWHERE = Set.of("29303009", "40701008", "71651007", "399208008",
            "373270004", "387406002", "762952008", "735029006", "102263004", "111088007", "256277009",
            "260152009", "271807003", "126485001", "39579001", "49727002", "267036007");

    /**
     * CVX 216 (PCV20), licensed in 2021, after the CVX table of {@code codes.md} was taken: checked against published
     * copies of the CDC CVX table instead (see {@code Vaccines.PCV20}); add it to {@code codes.md} when that is redone.
     */
    private static final Set<String> CHECKED_AGAINST_CDC = Set.of("216");

    /**
     * LOINC 24331-1 (Lipid 1996 panel - Serum or Plasma), the order code of the four lipid results, which the LOINC
     * table of {@code codes.md} lacks: code and display checked against the LOINC order codes published in the HL7 FHIR
     * specification (DSTU2 value set {@code diagnostic-requests}, hl7.org/fhir/dstu2), its members (2093-3, 2571-8,
     * 2085-9, 13457-7, all in {@code codes.md}) against a hospital laboratory's published LOINC coding of its lipid
     * panel (see {@code Loinc.LIPID_PANEL}); add it to {@code codes.md} when that is redone. LOINC 6301-6 (INR in
     * Platelet poor plasma by Coagulation assay), the INR of patients on warfarin, which the table lacks too: code and
     * display checked against an example Observation of the PACIO Sample Data Depot FHIR guide
     * (build.fhir.org/ig/paciowg/sample-data-fsh) and the INR code of the SGHI FHIR profile guide's coagulation map
     * (build.fhir.org/ig/savannahghi/sil_fhir_profile_ig), and its unit {@code {INR}} against the INR Observation of
     * HL7 Switzerland's CH RAD-Order guide (see {@code Loinc.INR}).
     */
    private static final Set<String> CHECKED_AGAINST_LOINC_COPIES = Set.of("24331-1", "6301-6");

    /**
     * The RxNorm codes of the antibiotics for urinary tract infections and of the children's suspensions, which the
     * RxNorm table of {@code codes.md} lacks: each code and name checked against the VSAC value set "Antibiotic
     * Medications for Pharyngitis" as published in canvas-medical/canvas-plugins and against a second source, the
     * FDA NDC directory (openFDA) or the UTI module of synthetichealth/synthea (see {@code Drugs}); add them to
     * {@code codes.md} when that is redone.
     */
    private static final Set<String> CHECKED_AGAINST_RXNORM_COPIES = Set.of("308189", "141963", "309113", "313134",
            "1648755", "198335");

    private static Set<String> verified;

    @BeforeAll
    static void readCodesMd() throws IOException {
        verified = new HashSet<>();
        for (String line : Files.readAllLines(SharedFolder.resolve("reference/codes.md"))) {
            for (String token : line.split("[\\s\\t+(),]+")) {
                if (!token.isBlank()) {
                    verified.add(token);
                }
            }
        }
    }

    @Test
    void catalogueConditionsUseVerifiedIcd10AndSnomedCodes() {
        for (ConditionDefinition def : ConditionCatalogue.ALL) {
            assertThat(verified).as(def.key()).contains(def.icd10().code(), def.snomed().code());
        }
    }

    @Test
    void everyEmittedCodeIsVerified() {
        Set<Code> codes = new HashSet<>();
        for (Patient p : SampleCohort.patients()) {
            p.medications().forEach(m -> codes.add(m.rxnorm()));
            p.immunizations().forEach(i -> codes.add(i.vaccine()));
            p.observations().forEach(o -> {
                codes.add(o.code());
                o.panel().ifPresent(codes::add);
            });
            p.procedures().forEach(x -> codes.add(x.code()));
            p.allergies().forEach(a -> {
                codes.add(a.substance());
                codes.add(a.reaction());
            });
        }
        for (Code code : codes) {
            assertThat(verified.contains(code.code()) || CHECKED_ELSEWHERE.contains(code.code())
                    || CHECKED_AGAINST_CDC.contains(code.code()) || CHECKED_AGAINST_LOINC_COPIES.contains(code.code())
                    || CHECKED_AGAINST_RXNORM_COPIES.contains(code.code()))
                    .as("%s %s %s", code.system(), code.code(), code.display()).isTrue();
        }
        assertThat(codes).extracting(Code::system).doesNotContain(CodeSystem.NDC);
    }

    @Test
    void conditionKeysIncludeTheUserGuideNames() {
        assertThat(ConditionCatalogue.KEYS).contains("diabetes", "hypertension", "heart_disease", "hyperlipidemia",
                "asthma", "copd", "obesity", "ckd", "depression", "anxiety", "atrial_fibrillation", "heart_failure");
        assertThat(RequirementMatcher.nearestKey("hypertention")).isEqualTo("hypertension");
        assertThat(List.copyOf(new HashSet<>(ConditionCatalogue.KEYS))).hasSameSizeAs(ConditionCatalogue.KEYS);
    }
}
