package org.synthhealth.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.model.Immunization;
import org.synthhealth.core.model.Patient;

/**
 * Vaccines follow the authorisations and recommendations in force on the day of the dose, over 10,000 patients:
 * COVID-19 vaccines by age group (FDA emergency use authorisations), and the adult pneumococcal vaccine by ACIP's
 * recommendation of 20 October 2021 (PCV20 in place of PCV13 followed by PPSV23).
 */
class VaccineErasTest {

    private static final Set<String> COVID = Set.of("207", "208", "213", "217", "218", "219", "221", "228");
    private static final LocalDate PCV20_RECOMMENDED = LocalDate.of(2021, 10, 20);

    private final List<Patient> patients = SampleCohort.patients();

    @Test
    void everyCovidDoseIsGivenToAnAgeGroupAuthorisedOnItsDay() {
        TreeMap<String, Integer> byGroup = new TreeMap<>();
        for (Patient p : patients) {
            LocalDate birth = p.demographics().birthDate();
            for (Immunization i : p.immunizations()) {
                if (COVID.contains(i.vaccine().code())) {
                    LocalDate day = LocalDate.ofInstant(i.occurred(), ZoneOffset.UTC);
                    Period age = Period.between(birth, day);
                    String group = age.getYears() >= 16 ? "16+" : age.getYears() >= 12 ? "12-15"
                            : age.getYears() >= 5 ? "5-11" : "6 months-4";
                    LocalDate authorised = switch (group) {
                        case "16+" -> LocalDate.of(2020, 12, 11);
                        case "12-15" -> LocalDate.of(2021, 5, 10);
                        case "5-11" -> LocalDate.of(2021, 11, 2);
                        default -> LocalDate.of(2022, 6, 17);
                    };
                    String what = "CVX " + i.vaccine().code() + " on " + day + " at " + age + " (" + p.id() + ")";

                    assertThat(day).as(what).isAfterOrEqualTo(authorised);
                    assertThat(age.toTotalMonths()).as(what).isGreaterThanOrEqualTo(6);
                    if (age.getYears() < 12) {
                        assertThat(i.vaccine().code()).as("a child's formulation: " + what).isNotEqualTo("208");
                    }
                    byGroup.merge(group, 1, Integer::sum);
                }
            }
        }
        assertThat(byGroup).as("COVID-19 doses by age group").containsKeys("16+", "12-15", "5-11", "6 months-4");
    }

    @Test
    void adultsGetPcv20AndNoPcv13FromOctober2021() {
        int pcv20 = 0;
        for (Patient p : patients) {
            for (Immunization i : p.immunizations()) {
                LocalDate day = LocalDate.ofInstant(i.occurred(), ZoneOffset.UTC);
                int age = p.ageOn(day);
                String what = "CVX " + i.vaccine().code() + " on " + day + " at " + age + " (" + p.id() + ")";
                switch (i.vaccine().code()) {
                    case "133" -> assertThat(age >= 18 && !day.isBefore(PCV20_RECOMMENDED)).as(what).isFalse();
                    case "216" -> {
                        assertThat(day).as(what).isAfterOrEqualTo(PCV20_RECOMMENDED);
                        pcv20++;
                    }
                    default -> {
                    }
                }
            }
        }
        assertThat(pcv20).as("PCV20 doses").isGreaterThan(100);
    }
}
