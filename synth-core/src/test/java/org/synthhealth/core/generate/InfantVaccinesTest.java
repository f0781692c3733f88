package org.synthhealth.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.AgeBand;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.model.Immunization;
import org.synthhealth.core.model.Patient;

/** Influenza vaccine for children on the CDC schedule, over thousands of children. */
class InfantVaccinesTest {

    private static final Set<String> FLU = Set.of("140", "150");

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

    @Test
    void aChildUnderNineGetsTwoDosesFourWeeksApartInTheFirstSeasonAndOneAfter() {
        LocalDate reference = SampleCohort.REFERENCE;
        int firstSeasons = 0;
        for (Patient p : Cohort.generate(SampleCohort.SPEC.toBuilder().patients(4_000)
                .ageDistribution(Map.of(new AgeBand(0, 12), 1.0)).build()).patients()) {
            List<LocalDate> doses = p.immunizations().stream().filter(i -> FLU.contains(i.vaccine().code()))
                    .map(i -> LocalDate.ofInstant(i.occurred(), ZoneOffset.UTC)).sorted().toList();
            if (doses.isEmpty()) {
                continue;
            }
            LocalDate first = doses.get(0);
            String what = "influenza doses of " + p.id() + " born " + p.demographics().birthDate() + ": " + doses;
            boolean underNine = p.ageOn(first) < 9;
            boolean roomForSecond = first.plusDays(43).isBefore(reference) && p.death().isEmpty();
            if (underNine && roomForSecond) {
                firstSeasons++;
                assertThat(doses).as(what).hasSizeGreaterThanOrEqualTo(2);
                assertThat(ChronoUnit.DAYS.between(first, doses.get(1))).as(what).isBetween(28L, 42L);
            }
            for (int i = underNine ? 2 : 1; i < doses.size(); i++) {
                assertThat(ChronoUnit.DAYS.between(doses.get(i - 1), doses.get(i))).as(what).isGreaterThan(180L);
            }
        }
        assertThat(firstSeasons).as("children's first influenza seasons").isGreaterThan(1_000);
    }
}
