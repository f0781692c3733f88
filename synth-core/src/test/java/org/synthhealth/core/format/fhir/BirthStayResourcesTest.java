package org.synthhealth.core.format.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.AgeBand;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.model.Patient;

/**
 * The stay in which a child is born maps to an inpatient Encounter whose admit source is the birth, with no reason,
 * and the hepatitis B birth dose to an Immunization of that Encounter within its period. US Core validation of these
 * resources is part of the engine cohort of {@link UsCore610ConformanceTest}.
 */
class BirthStayResourcesTest {

    private static final List<Patient> BABIES = Cohort.generate(CohortSpec.builder().patients(200).seed(5L)
            .referenceDate(LocalDate.of(2026, 1, 1)).ageDistribution(Map.of(new AgeBand(0, 2), 1.0)).build())
            .patients();
    private final FhirBundleMapper mapper = new FhirBundleMapper();

    @Test
    void theBirthStayIsAnInpatientEncounterBornInHospitalWithoutAReason() {
        int stays = 0;
        for (Patient patient : BABIES) {
            for (Resource resource : mapper.resources(patient)) {
                if (!(resource instanceof Encounter encounter)) {
                    continue;
                }
                boolean birthStay = patient.birthStay().map(e -> e.id().equals(encounter.getIdPart())).orElse(false);
                String what = "Encounter " + encounter.getIdPart() + " of " + patient.id();
                if (!birthStay) {
                    assertThat(encounter.hasHospitalization()).as(what).isFalse();
                    continue;
                }
                stays++;
                assertThat(encounter.getClass_().getCode()).as(what).isEqualTo("IMP");
                assertThat(encounter.getReasonReference()).as(what).isEmpty();
                assertThat(encounter.getHospitalization().getAdmitSource().getCodingFirstRep().getSystem())
                        .as(what).isEqualTo("http://terminology.hl7.org/CodeSystem/admit-source");
                assertThat(encounter.getHospitalization().getAdmitSource().getCodingFirstRep().getCode()).as(what)
                        .isEqualTo("born");
            }
        }
        assertThat(stays).as("birth stays among 200 babies").isGreaterThan(150);
    }

    @Test
    void theHepatitisBBirthDoseBelongsToTheBirthStayAndFallsWithinIt() {
        int doses = 0;
        for (Patient patient : BABIES) {
            if (patient.birthStay().isEmpty()) {
                continue;
            }
            String stayId = patient.birthStay().get().id();
            List<Resource> resources = mapper.resources(patient);
            Encounter stay = resources.stream().filter(Encounter.class::isInstance).map(Encounter.class::cast)
                    .filter(e -> e.getIdPart().equals(stayId)).findFirst().orElseThrow();
            for (Resource resource : resources) {
                if (resource instanceof Immunization dose
                        && dose.getEncounter().getReference().equals(FhirBundleMapper.fullUrl(stayId))) {
                    String what = "Immunization " + dose.getIdPart() + " of " + patient.id();
                    assertThat(dose.getVaccineCode().getCodingFirstRep().getCode()).as(what).isEqualTo("08");
                    assertThat(dose.getOccurrenceDateTimeType().getValue()).as(what)
                            .isBetween(stay.getPeriod().getStart(), stay.getPeriod().getEnd());
                    doses++;
                }
            }
        }
        assertThat(doses).as("birth doses among 200 babies").isGreaterThan(150);
    }
}
