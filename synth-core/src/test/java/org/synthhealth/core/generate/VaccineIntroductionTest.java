package org.synthhealth.core.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.generate.codes.VaccineIntroductions;
import org.synthhealth.core.generate.codes.Vaccines;
import org.synthhealth.core.model.Code;
import org.synthhealth.core.model.CodeSystem;
import org.synthhealth.core.model.Immunization;
import org.synthhealth.core.model.Patient;

/** No patient gets a vaccine before it existed in the US, however far back the reference date lies. */
class VaccineIntroductionTest {

    private static final long SEED = 20_260_101L;

    @Test
    void aCohortOf1950GetsOnlyVaccinesThatExistedAtTheTime() {
        Set<String> given = assertNoDoseBeforeItsVaccineExisted(LocalDate.of(1950, 1, 1));

        assertThat(given).as("CVX codes given by 1950").containsExactly("140");
    }

    @Test
    void aCohortOf1980GetsOnlyVaccinesThatExistedAtTheTime() {
        Set<String> given = assertNoDoseBeforeItsVaccineExisted(LocalDate.of(1980, 1, 1));

        assertThat(given).as("CVX codes given by 1980").contains("03", "113", "140")
                .doesNotContain("08", "21", "115", "33");
    }

    @Test
    void theVaccinesOfTheTrialReportAreDatedByTheirUsLicensure() {
        assertThat(VaccineIntroductions.of(Vaccines.MMR).getYear()).as("MMR").isEqualTo(1971);
        assertThat(VaccineIntroductions.of(Vaccines.HEPB_PEDIATRIC).getYear()).as("hepatitis B").isEqualTo(1981);
        assertThat(VaccineIntroductions.of(Vaccines.VARICELLA).getYear()).as("varicella").isEqualTo(1995);
        assertThat(VaccineIntroductions.of(Vaccines.TDAP).getYear()).as("Tdap").isEqualTo(2005);
    }

    @Test
    void everyCatalogueVaccineHasAnIntroductionDate() throws IllegalAccessException {
        for (Field field : Vaccines.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == Code.class) {
                Code vaccine = (Code) field.get(null);

                assertThat(VaccineIntroductions.of(vaccine)).as("introduction of %s", field.getName())
                        .isBetween(LocalDate.of(1940, 1, 1), LocalDate.of(2022, 1, 1));
            }
        }
    }

    @Test
    void aVaccineWithoutADateIsRefusedByName() {
        Code unknown = Code.of(CodeSystem.CVX, "999", "unknown vaccine");

        assertThatIllegalArgumentException().isThrownBy(() -> VaccineIntroductions.of(unknown))
                .withMessage("CVX 999 (unknown vaccine) has no introduction date; add one to VaccineIntroductions");
    }

    /** Generates 2,000 patients for {@code reference}, checks every dose and returns the CVX codes given. */
    private static Set<String> assertNoDoseBeforeItsVaccineExisted(LocalDate reference) {
        CohortSpec spec = CohortSpec.builder().patients(2_000).seed(SEED).referenceDate(reference)
                .concurrentWorkers(2).build();
        Set<String> given = new TreeSet<>();
        for (Patient p : Cohort.generate(spec).patients()) {
            for (Immunization i : p.immunizations()) {
                LocalDate day = LocalDate.ofInstant(i.occurred(), ZoneOffset.UTC);

                assertThat(day).as("CVX %s given to patient %d (seed %d, reference date %s)", i.vaccine().code(),
                        p.index(), SEED, reference).isAfterOrEqualTo(VaccineIntroductions.of(i.vaccine()));
                given.add(i.vaccine().code());
            }
        }
        return given;
    }
}
