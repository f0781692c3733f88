package org.synthhealth.core.generate.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.model.AlcoholUse;
import org.synthhealth.core.model.Demographics;
import org.synthhealth.core.model.Education;
import org.synthhealth.core.model.Employment;
import org.synthhealth.core.model.Ethnicity;
import org.synthhealth.core.model.Housing;
import org.synthhealth.core.model.MaritalStatus;
import org.synthhealth.core.model.Race;
import org.synthhealth.core.model.Sex;
import org.synthhealth.core.model.SmokingStatus;
import org.synthhealth.core.model.SocialHistory;

/** A record describes a patient who died as they were at death, not as the reference date's age would have them. */
class AsOfDeathTest {

    private static final SocialHistory RETIRED_DOCTOR = new SocialHistory(SmokingStatus.CURRENT, AlcoholUse.REGULAR,
            Education.DOCTORATE, Employment.RETIRED, Housing.ASSISTED_LIVING);

    @Test
    void aPatientWhoDiedAsAChildHasAChildsSocialHistory() {
        SocialHistory at8 = SocialHistoryGenerator.asOfDeath(RETIRED_DOCTOR, 8);

        assertThat(at8).isEqualTo(new SocialHistory(SmokingStatus.NEVER, AlcoholUse.NEVER, Education.PRIMARY,
                Employment.STUDENT, Housing.STABLE));
        assertThat(SocialHistoryGenerator.asOfDeath(RETIRED_DOCTOR, 3).employment())
                .isEqualTo(Employment.NOT_APPLICABLE);
    }

    @Test
    void anAdultKeepsWhatTheAgeAtDeathAllowsAndLosesWhatItDoesNot() {
        for (int age = 18; age <= 100; age++) {
            SocialHistory last = SocialHistoryGenerator.asOfDeath(RETIRED_DOCTOR, age);
            assertThat(SocialHistoryGenerator.minimumAge(last.education())).as("education at %d", age)
                    .isLessThanOrEqualTo(age);
            assertThat(last.smoking()).isEqualTo(SmokingStatus.CURRENT);
            if (age < 50) {
                assertThat(last.employment()).as("employment at %d", age).isEqualTo(Employment.EMPLOYED);
            }
        }
        assertThat(SocialHistoryGenerator.asOfDeath(RETIRED_DOCTOR, 18).education()).isEqualTo(Education.HIGH_SCHOOL);
        assertThat(SocialHistoryGenerator.asOfDeath(RETIRED_DOCTOR, 24).education()).isEqualTo(Education.MASTER);
        assertThat(SocialHistoryGenerator.asOfDeath(RETIRED_DOCTOR, 70)).isEqualTo(RETIRED_DOCTOR);
    }

    @Test
    void nobodyWhoDiedBefore65HasMedicareAndNoChildIsMarried() {
        Demographics widow = new Demographics("1000000001", "900010001", "Ada", Optional.empty(), "Lee", Sex.FEMALE,
                LocalDate.of(1950, 1, 1), Race.WHITE, Ethnicity.NOT_HISPANIC, "English", MaritalStatus.WIDOWED,
                "555-555-0101", "ada.lee10@example.com", null, "Medicare");

        assertThat(DemographicsGenerator.asOfDeath(widow, 10, 2020).maritalStatus()).isEqualTo(MaritalStatus.NEVER_MARRIED);
        assertThat(DemographicsGenerator.asOfDeath(widow, 10, 2020).insurance()).isEqualTo("Medicaid");
        assertThat(DemographicsGenerator.asOfDeath(widow, 64, 2020).maritalStatus()).isEqualTo(MaritalStatus.WIDOWED);
        assertThat(DemographicsGenerator.asOfDeath(widow, 64, 2020).insurance()).isEqualTo("Medicaid");
        assertThat(DemographicsGenerator.asOfDeath(widow, 65, 2020)).isSameAs(widow);
    }

    @Test
    void nobodyWhoDiedBeforeMedicareAndMedicaidBeganHadThem() {
        Demographics insured = new Demographics("1000000001", "900010001", "Ada", Optional.empty(), "Lee",
                Sex.FEMALE, LocalDate.of(1890, 1, 1), Race.WHITE, Ethnicity.NOT_HISPANIC, "English",
                MaritalStatus.WIDOWED, "555-555-0101", "ada.lee10@example.com", null, "Medicare");

        assertThat(DemographicsGenerator.asOfDeath(insured, 70, 1965).insurance()).isEqualTo("Self-pay");
        assertThat(DemographicsGenerator.asOfDeath(insured, 60, 1965).insurance()).isEqualTo("Self-pay");
        assertThat(DemographicsGenerator.asOfDeath(insured, 70, 1966).insurance()).isEqualTo("Medicare");
    }
}
