package org.synthhealth.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.synthhealth.core.config.YamlRejection.rejection;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.InvalidInputException;
import org.synthhealth.core.Requirements;
import org.synthhealth.core.model.Condition;
import org.synthhealth.core.model.Patient;

/** A required condition of recent history (COVID-19, from March 2020) needs a reference date after it began. */
class RequirementDatesTest {

    private static final LocalDate COVID_START = LocalDate.of(2020, 3, 1);

    @Test
    void refusesCovidBeforeItsTimeInYamlAtTheConditionsLine() {
        String message = rejection("""
                reference_date: 1950-01-01
                requirements:
                  min_age: 20
                  conditions: [hypertension, covid19]
                """);

        assertThat(message).isEqualTo("config.yaml:4: requirements.conditions[1]: condition 'covid19' is first "
                + "diagnosed on 2020-03-01, but reference_date is 1950-01-01; set reference_date after 2020-03-01 or "
                + "drop the condition");
    }

    @Test
    void refusesCovidBeforeItsTimeInCodeAndGivesADeceasedPatientAMonthMore() {
        assertThatThrownBy(() -> covidCohort(COVID_START, false)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("requirements.conditions[0]: condition 'U07.1' is first diagnosed on "
                        + "2020-03-01, but reference_date is 2020-03-01;");
        assertThatThrownBy(() -> covidCohort(COVID_START.plusDays(20), true)).isInstanceOf(InvalidInputException.class)
                .hasMessageEndingWith("set reference_date after 2020-04-01 (a month from diagnosis to death) or drop "
                        + "the condition");
    }

    @Test
    void everyRequiredCovidStartsInItsTimeAndBeforeTheEndOfTheRecord() {
        for (boolean dead : new boolean[] {false, true}) {
            for (LocalDate reference : new LocalDate[] {COVID_START.plusDays(dead ? 32 : 1), LocalDate.of(2021, 6, 1),
                LocalDate.of(2026, 1, 1)}) {
                for (Patient p : Cohort.generate(covidCohort(reference, dead).toBuilder().patients(200).build())
                        .patients()) {
                    LocalDate end = p.death().map(d -> LocalDate.ofInstant(d.dateTime(), ZoneOffset.UTC))
                            .orElse(reference.minusDays(1));
                    assertThat(p.conditions().stream().filter(c -> c.key().equals("covid19")).map(Condition::onsetDate))
                            .as("COVID-19 of %s, reference %s, deceased %s", p.id(), reference, dead).isNotEmpty()
                            .allSatisfy(onset -> assertThat(onset).isBetween(COVID_START, end));
                    assertThat(p.isDeceased()).isEqualTo(dead);
                }
            }
        }
    }

    @Test
    void oldPatientsWhoDieJustAfterCovidBeganNeverHaveItDatedEarlier() {
        for (LocalDate reference : new LocalDate[] {COVID_START.plusDays(1), COVID_START.plusDays(2)}) {
            CohortSpec spec = CohortSpec.builder().patients(300).seed(3).referenceDate(reference)
                    .requirements(Requirements.builder().conditions("covid19").minAge(70).build()).build();
            for (Patient p : Cohort.generate(spec).patients()) {
                assertThat(p.conditions().stream().filter(c -> c.key().equals("covid19")).map(Condition::onsetDate))
                        .as("COVID-19 of %s, reference %s", p.id(), reference).isNotEmpty()
                        .allSatisfy(onset -> assertThat(onset).isBetween(COVID_START, reference.minusDays(1)));
            }
        }
    }

    private static CohortSpec covidCohort(LocalDate reference, boolean deceased) {
        return CohortSpec.builder().patients(20).seed(3).referenceDate(reference)
                .requirements(Requirements.builder().conditions("U07.1").deceased(deceased).build()).build();
    }
}
