package org.synthhealth.core.format.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.generate.PatientEngine;
import org.synthhealth.core.testing.SharedFolder;

/**
 * Validates every resource of a 500-patient engine cohort (about 57,000 resources) against US Core 6.1.0, once, in a
 * shared fixture (it takes a few minutes on two cores; the time is printed), and every resource of 100 hand-made
 * patients that carry the edge cases. {@code -Dsynth.fhir.engineValidatedPatients=N} and
 * {@code -Dsynth.fhir.validatedPatients=N} change the two sizes.
 */
class UsCore610ConformanceTest {

    private static final int PATIENTS = Integer.getInteger("synth.fhir.validatedPatients", 100);
    private static UsCoreValidator validator;
    private static final int ENGINE_PATIENTS = Integer.getInteger("synth.fhir.engineValidatedPatients", 500);
    private static CohortValidation cohort;
    private static CohortValidation engineCohort;
    private static long engineBirthStays;

    @BeforeAll
    static void validateCohortOnce() {
        long start = System.nanoTime();
        validator = UsCoreValidator.fromPackageCache(SharedFolder.resolve("fhir"), UsCoreVersion.V6_1_0);
        long built = (System.nanoTime() - start) / 1_000_000;
        cohort = CohortValidation.run(validator, HandmadePatients.cohort(2024, PATIENTS));
        System.out.printf("US Core 6.1.0: validator built in %d ms; %s%n", built, cohort.summary(PATIENTS));
        PatientEngine engine = new PatientEngine(CohortSpec.builder().patients(ENGINE_PATIENTS).seed(2024).build(),
                2024);
        List<org.synthhealth.core.model.Patient> generated = new ArrayList<>();
        for (int i = 0; i < ENGINE_PATIENTS; i++) {
            generated.add(engine.generate(i));
        }
        engineBirthStays = generated.stream().filter(p -> p.birthStay().isPresent()).count();
        engineCohort = CohortValidation.run(validator, generated);
        System.out.printf("US Core 6.1.0, engine cohort: %s%n", engineCohort.summary(ENGINE_PATIENTS));
    }

    @Test
    void everyResourceOfAnEngineCohortHasNoErrorOutsideTheOfflineVsacClass() {
        assertThat(engineCohort.errors()).as("validator errors").isEmpty();
        assertThat(engineCohort.resources()).isGreaterThan(ENGINE_PATIENTS * 10);
        assertThat(engineBirthStays).as("birth stays validated among %d patients", ENGINE_PATIENTS)
                .isGreaterThan(ENGINE_PATIENTS / 20);
    }

    @Test
    void everyResourceOfTheCohortHasNoErrorOutsideTheOfflineVsacClass() {
        assertThat(cohort.errors()).as("validator errors").isEmpty();
        assertThat(cohort.reports()).hasSize(PATIENTS);
    }

    @Test
    void theOfflineVsacClassOnlyConcernsRaceEthnicityAndBirthSexOrReferencesToSuchPatients() {
        List<ValidationIssue> vsac = cohort.offlineVsacIssues();

        assertThat(vsac).isNotEmpty().allSatisfy(issue -> assertThat(issue.location().contains(".extension")
                || issue.message().startsWith("Unable to find a profile match for urn:uuid:"))
                .as(issue.toString()).isTrue());
        assertThat(vsac).anyMatch(i -> i.message().contains("omb-race-category"))
                .anyMatch(i -> i.message().contains("omb-ethnicity-category"))
                .anyMatch(i -> i.message().contains("birthsex"));
    }

    @Test
    void rejectsARaceCodeOutsideTheCdcCodeSystem() {
        Patient patient = patient();
        Extension race = patient.getExtensionByUrl("http://hl7.org/fhir/us/core/StructureDefinition/us-core-race");
        ((Coding) race.getExtensionByUrl("ombCategory").getValue()).setCode("9999-9");

        assertThat(validator.validate(patient).errors())
                .anyMatch(i -> i.message().contains("CDC race and ethnicity check") && i.message().contains("9999-9"));
    }

    @Test
    void rejectsAnOmbCategoryThatIsADetailedCode() {
        Patient patient = patient();
        Extension race = patient.getExtensionByUrl("http://hl7.org/fhir/us/core/StructureDefinition/us-core-race");
        ((Coding) race.getExtensionByUrl("ombCategory").getValue()).setCode("2131-1");

        assertThat(validator.validate(patient).errors()).anyMatch(i -> i.message().contains("not an OMB category"));
    }

    @Test
    void letsAnOrdinaryConformanceErrorThrough() {
        Patient patient = patient();
        patient.setIdentifier(List.of());

        assertThat(validator.validate(patient).errors()).isNotEmpty()
                .allSatisfy(i -> assertThat(i.category()).isEqualTo(ValidationIssue.Category.CONFORMANCE));
    }

    private static Patient patient() {
        // Index 0 has a race from the OMB categories (White).
        return (Patient) new FhirBundleMapper().resources(HandmadePatients.patient(2024, 0)).get(0);
    }
}
