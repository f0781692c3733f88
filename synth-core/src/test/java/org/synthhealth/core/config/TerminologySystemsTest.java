package org.synthhealth.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.synthhealth.core.config.YamlRejection.rejection;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.CohortSpecBuilder;
import org.synthhealth.core.InvalidInputException;

/**
 * {@code terminology_systems} names only what the product writes per table; ICD-9-CM, NDC and CPT, which it never
 * writes, pass only beside a system it does (as in the original user guide's example), and are then reported as notes.
 */
class TerminologySystemsTest {

    @Test
    void refusesCptAsTheOnlyProcedureSystemSayingItIsNotShipped() {
        String message = rejection("terminology_systems: {procedures: [cpt], conditions: [icd9]}\n");

        assertThat(message).isEqualTo("config.yaml:1: terminology_systems.procedures[0]: cpt is not supported: CPT is "
                + "licensed by the AMA and is not shipped; procedures are coded in snomed, so use any of snomed");
    }

    @Test
    void refusesIcd9AsTheOnlyConditionSystem() {
        String message = rejection("terminology_systems:\n  conditions: [icd9]\n");

        assertThat(message).isEqualTo("config.yaml:2: terminology_systems.conditions[0]: icd9 is not supported: "
                + "ICD-9-CM is retired (replaced by ICD-10-CM in 2015) and is never written; conditions are coded in "
                + "icd10 and snomed, so use any of icd10, snomed");
    }

    @Test
    void refusesNdcAsTheOnlyMedicationSystemSayingTheColumnStaysEmpty() {
        String message = rejection("terminology_systems:\n  medications: [ndc]\n");

        assertThat(message).isEqualTo("config.yaml:2: terminology_systems.medications[0]: ndc is not supported: no "
                + "NDC code is verified for the drugs written, so the ndc_code column stays empty; medications are "
                + "coded in rxnorm, so use any of rxnorm");
    }

    @Test
    void refusesAnUnknownSystemNamingTheWrittenOnes() {
        String message = rejection("terminology_systems:\n  immunizations: [cvx, snomed]\n");

        assertThat(message).isEqualTo("config.yaml:2: terminology_systems.immunizations[1]: unknown code system "
                + "\"snomed\" for immunizations; use any of cvx");
    }

    @Test
    void refusesCptAsTheOnlyProcedureSystemFromTheBuilder() {
        CohortSpecBuilder spec = CohortSpec.builder().terminologySystems(Map.of("procedures", List.of("cpt")));

        assertThatThrownBy(spec::build).isInstanceOf(InvalidInputException.class)
                .hasMessage("terminology_systems.procedures (terminologySystems): cpt is not supported: CPT is "
                        + "licensed by the AMA and is not shipped; procedures are coded in snomed, so use any of "
                        + "snomed");
    }

    @Test
    void acceptsTheUserGuidesListsAndNotesWhatIsNotWritten() {
        CohortSpec spec = CohortSpecReader.readBuilder("""
                terminology_systems:
                  conditions: ["icd10", "snomed", "icd9"]
                  medications: ["rxnorm", "ndc"]
                  procedures: ["cpt", "snomed"]
                """, "config.yaml").build();

        assertThat(CohortSpecValidator.unwrittenCodeSystems(CohortSpecValidator.validate(spec))).containsExactly(
                "terminology_systems.conditions lists icd9, which is not written: ICD-9-CM is retired (replaced by "
                        + "ICD-10-CM in 2015) and is never written",
                "terminology_systems.medications lists ndc, which is not written: no NDC code is verified for the "
                        + "drugs written, so the ndc_code column stays empty",
                "terminology_systems.procedures lists cpt, which is not written: CPT is licensed by the AMA and is not "
                        + "shipped");
    }

    @Test
    void notesNothingForTheDefaults() {
        assertThat(CohortSpecValidator.unwrittenCodeSystems(CohortSpec.builder().build())).isEmpty();
    }

    @Test
    void theDefaultsListOnlyRxnormForMedicationsAndAreWrittenBackSo() {
        CohortSpec defaults = CohortSpec.builder().build();
        String yaml = CohortSpecWriter.toYaml(defaults);

        assertThat(defaults.terminologySystems()).containsEntry("medications", List.of("rxnorm"));
        assertThat(yaml).as(yaml).doesNotContain("ndc");
        assertThat(CohortSpecReader.readBuilder(yaml, "defaults.yaml").build().terminologySystems())
                .as(yaml).containsEntry("medications", List.of("rxnorm"));
    }
}
