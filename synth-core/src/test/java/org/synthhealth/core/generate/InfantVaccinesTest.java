package org.synthhealth.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.AgeBand;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.model.Immunization;
import org.synthhealth.core.model.Patient;

/** Influenza vaccine from six months of age on the calendar, never a day before, over thousands of infants. */
class InfantVaccinesTest {

    @Test
    void noInfantIsVaccinatedAgainstInfluenzaBeforeSixMonths() {
        int flu = 0;
        for (Patient p : Cohort.generate(SampleCohort.SPEC.toBuilder().patients(4_000)
                .ageDistribution(Map.of(new AgeBand(0, 1), 1.0)).build()).patients()) {
            LocalDate sixMonths = p.demographics().birthDate().plusMonths(6);
            for (Immunization i : p.immunizations()) {
                String code = i.vaccine().code();
                if (code.equals("140") || code.equals("150")) {
                    flu++;
                    assertThat(LocalDate.ofInstant(i.occurred(), ZoneOffset.UTC)).as("influenza vaccine of %s, born %s",
                            p.id(), p.demographics().birthDate()).isAfterOrEqualTo(sixMonths);
                }
            }
        }
        assertThat(flu).as("infants' influenza doses").isGreaterThan(500);
    }
}
