package org.synthhealth.core.format.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.util.FhirTerser;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.model.Ethnicity;
import org.synthhealth.core.model.Patient;

class FhirBundleMapperTest {

    private static final List<Patient> COHORT = HandmadePatients.cohort(42, 120);
    private static final FhirContext FHIR = FhirContext.forR4Cached();
    private final FhirBundleMapper mapper = new FhirBundleMapper();

    @Test
    void everyReferenceResolvesToAnEntryOfTheSameBundle() {
        FhirTerser terser = FHIR.newTerser();
        for (Patient patient : COHORT) {
            Bundle bundle = mapper.transaction(patient);
            Set<String> fullUrls = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getFullUrl)
                    .collect(Collectors.toSet());
            for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
                for (Reference reference : terser.getAllPopulatedChildElementsOfType(entry.getResource(),
                        Reference.class)) {
                    if (reference.hasReference()) {
                        assertThat(fullUrls).as("reference in %s", entry.getFullUrl())
                                .contains(reference.getReference());
                    }
                }
            }
        }
    }

    @Test
    void entriesArePutsOfTheModelIdsUnderUrnUuidFullUrls() {
        for (Patient patient : COHORT) {
            Bundle bundle = mapper.transaction(patient);

            assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.TRANSACTION);
            assertThat(bundle.getEntryFirstRep().getResource().getIdElement().getIdPart()).isEqualTo(patient.id());
            for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
                String id = entry.getResource().getIdElement().getIdPart();
                assertThat(entry.getFullUrl()).isEqualTo("urn:uuid:" + id);
                assertThat(entry.getRequest().getMethod()).isEqualTo(Bundle.HTTPVerb.PUT);
                assertThat(entry.getRequest().getUrl()).isEqualTo(entry.getResource().fhirType() + "/" + id);
            }
            assertThat(bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getFullUrl).distinct())
                    .hasSize(bundle.getEntry().size());
        }
    }

    @Test
    void birthDateHasNoTimeAndEveryDateTimeHasAZone() {
        IParser parser = FHIR.newJsonParser();
        for (Patient patient : COHORT) {
            String json = parser.encodeResourceToString(mapper.transaction(patient));

            assertThat(FhirJsonScan.strings(json, "birthDate"))
                    .containsExactly(patient.demographics().birthDate().toString());
            assertThat(FhirJsonScan.dates(json)).allSatisfy(value -> assertThat(value)
                    .matches("\\d{4}-\\d{2}-\\d{2}|\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z"));
        }
    }

    @Test
    void decimalsAreNeverWrittenWithAnExponent() {
        IParser parser = FHIR.newJsonParser();
        List<String> numbers = COHORT.stream()
                .flatMap(p -> FhirJsonScan.numbers(parser.encodeResourceToString(mapper.transaction(p))).stream())
                .toList();

        assertThat(numbers).isNotEmpty().noneMatch(n -> n.contains("e") || n.contains("E"));
        assertThat(numbers).contains("100", "0.0000001");
    }

    @Test
    void livingPatientsHaveNoDeathAndTheDeadHaveADateAndACause() {
        for (Patient patient : COHORT) {
            List<Resource> resources = mapper.resources(patient);
            org.hl7.fhir.r4.model.Patient fhir = (org.hl7.fhir.r4.model.Patient) resources.get(0);
            long causes = resources.stream().filter(r -> r instanceof Observation o
                    && o.getCode().getCodingFirstRep().getCode().equals("69453-9")).count();

            assertThat(fhir.hasDeceased()).as("patient %d deceased", patient.index()).isEqualTo(patient.isDeceased());
            assertThat(causes).isEqualTo(patient.isDeceased() ? 1 : 0);
        }
        assertThat(COHORT).anyMatch(Patient::isDeceased).anyMatch(p -> !p.isDeceased());
    }

    @Test
    void bloodPressureIsOnePanelWithSystolicThenDiastolicInMillimetresOfMercury() {
        for (Patient patient : COHORT) {
            List<Observation> panels = observations(patient, "85354-9");
            long pairs = patient.observations().stream().filter(o -> o.code().code().equals("8480-6")).count();

            assertThat(panels).hasSize((int) pairs);
            assertThat(panels).allSatisfy(panel -> {
                assertThat(panel.hasValue()).isFalse();
                assertThat(panel.getComponent()).extracting(c -> c.getCode().getCodingFirstRep().getCode())
                        .containsExactly("8480-6", "8462-4");
                assertThat(panel.getComponent()).extracting(c -> c.getValueQuantity().getCode())
                        .containsOnly("mm[Hg]");
            });
        }
    }

    @Test
    void pulseOximetryCarriesBothOxygenSaturationCodes() {
        for (Patient patient : COHORT) {
            List<Observation> oximetry = mapper.resources(patient).stream()
                    .filter(r -> r instanceof Observation o && o.getCode().getCoding().stream()
                            .anyMatch(c -> c.getCode().equals("2708-6") || c.getCode().equals("59408-5")))
                    .map(Observation.class::cast).toList();

            assertThat(oximetry).isNotEmpty().allSatisfy(o -> assertThat(o.getCode().getCoding())
                    .extracting(Coding::getCode).containsExactlyInAnyOrder("59408-5", "2708-6"));
        }
    }

    @Test
    void laboratoryResultsCarryReferenceRangeAndInterpretation() {
        for (Patient patient : COHORT) {
            assertThat(observations(patient, "4548-4")).isNotEmpty().allSatisfy(o -> {
                assertThat(o.getReferenceRangeFirstRep().getLow().getValue()).isNotNull();
                assertThat(o.getInterpretationFirstRep().getCodingFirstRep().getCode()).isIn("N", "H");
            });
        }
    }

    @Test
    void patientCarriesMrnSsnAndCdcRaceEthnicityWithHispanicAsEthnicity() {
        for (Patient patient : COHORT) {
            org.hl7.fhir.r4.model.Patient fhir = (org.hl7.fhir.r4.model.Patient) mapper.resources(patient).get(0);
            Identifier mrn = fhir.getIdentifierFirstRep();
            Extension race = fhir.getExtensionByUrl("http://hl7.org/fhir/us/core/StructureDefinition/us-core-race");
            Extension ethnicity =
                    fhir.getExtensionByUrl("http://hl7.org/fhir/us/core/StructureDefinition/us-core-ethnicity");

            assertThat(mrn.getType().getCodingFirstRep().getCode()).isEqualTo("MR");
            assertThat(mrn.getValue()).isEqualTo(patient.demographics().mrn());
            assertThat(fhir.getIdentifier().get(1).getSystem()).isEqualTo("http://hl7.org/fhir/sid/us-ssn");
            assertThat(race.getExtension()).extracting(e -> e.getValue() instanceof Coding c ? c.getCode() : "")
                    .contains(patient.demographics().race().cdcCode()).doesNotContain("2135-2");
            assertThat(((Coding) ethnicity.getExtensionByUrl("ombCategory").getValue()).getCode())
                    .isEqualTo(patient.demographics().ethnicity().cdcCode());
            assertThat(fhir.getCommunicationFirstRep().getLanguage().getCodingFirstRep().getSystem())
                    .isEqualTo("urn:ietf:bcp:47");
        }
        assertThat(COHORT).anyMatch(p -> p.demographics().ethnicity() == Ethnicity.HISPANIC);
    }

    @Test
    void everyResourceClaimsItsUsCoreProfileInEitherRelease() {
        for (UsCoreVersion version : UsCoreVersion.values()) {
            FhirBundleMapper versioned = new FhirBundleMapper(version);
            for (Patient patient : COHORT.subList(0, 20)) {
                for (Resource resource : versioned.resources(patient)) {
                    boolean causeOfDeath = resource instanceof Observation o
                            && o.getCode().getCodingFirstRep().getCode().equals("69453-9");
                    if (!(causeOfDeath && version == UsCoreVersion.V3_1_1)) {
                        assertThat(resource.getMeta().getProfile()).as("%s %s", version, resource.fhirType())
                                .singleElement().satisfies(p -> assertThat(p.getValue())
                                        .startsWith("http://hl7.org/fhir/"));
                    }
                }
            }
        }
    }

    @Test
    void mappingTheSamePatientTwiceGivesTheSameJson() {
        IParser parser = FHIR.newJsonParser();
        Patient patient = COHORT.get(3);

        assertThat(parser.encodeResourceToString(mapper.transaction(patient)))
                .isEqualTo(parser.encodeResourceToString(mapper.transaction(HandmadePatients.patient(42, 3))));
    }

    private List<Observation> observations(Patient patient, String loinc) {
        return mapper.resources(patient).stream()
                .filter(r -> r instanceof Observation o && o.getCode().getCodingFirstRep().getCode().equals(loinc))
                .map(Observation.class::cast).toList();
    }
}
