package org.synthhealth.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.AgeBand;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.generate.people.SocialHistoryGenerator;
import org.synthhealth.core.model.AlcoholUse;
import org.synthhealth.core.model.Demographics;
import org.synthhealth.core.model.Employment;
import org.synthhealth.core.model.Ethnicity;
import org.synthhealth.core.model.MaritalStatus;
import org.synthhealth.core.model.Patient;
import org.synthhealth.core.model.SmokingStatus;
import org.synthhealth.core.model.SocialHistory;

/** Demographics and social history of 10,000 patients are synthetic, well formed and consistent with age. */
class PeopleInvariantsTest {

    private static final Set<String> USPS = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA",
            "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV",
            "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA",
            "WA", "WV", "WI", "WY");

    private final List<Patient> patients = SampleCohort.patients();

    @Test
    void identifiersComeFromRangesNeverIssuedToPeople() {
        for (Patient p : patients) {
            Demographics d = p.demographics();
            assertThat(d.ssn()).as("SSN").matches("9\\d{8}");
            assertThat(d.phone()).as("phone").matches("\\d{3}-555-01\\d{2}");
            assertThat(d.email()).as("e-mail").matches("[a-z0-9.]+@example\\.(com|org|net)");
            assertThat(d.mrn()).as("MRN").isEqualTo(Long.toString(1_000_000_000L + p.index()));
            assertThat(d.address().state()).as("state").isIn(USPS);
            assertThat(d.address().postalCode()).as("ZIP").matches("\\d{5}");
        }
    }

    @Test
    void noTwoPatientsShareAnEmailAddress() {
        assertThat(patients.stream().map(p -> p.demographics().email()).distinct().count())
                .isEqualTo(patients.size());
    }

    @Test
    void noTwoPatientsShareAnSsn() {
        Map<String, Long> owners = new HashMap<>();
        for (Patient p : patients) {
            Long earlier = owners.putIfAbsent(p.demographics().ssn(), p.index());
            assertThat(earlier).as("owner of SSN %s before index %d (seed %d)", p.demographics().ssn(), p.index(),
                    SampleCohort.SPEC.seed().orElseThrow()).isNull();
        }
        assertThat(owners).hasSize(10_000);
    }

    @Test
    void theTwoPatientsOfSeedSevenThatOnceSharedAnSsnNoLongerDo() {
        PatientEngine engine = new PatientEngine(SampleCohort.SPEC.toBuilder().patients(20_000).build(), 7L);

        String first = engine.generate(6_992).demographics().ssn();
        String second = engine.generate(14_094).demographics().ssn();

        assertThat(second).as("SSN of index 14094 (seed 7)").isNotEqualTo(first);
    }

    @Test
    void birthDatesLieBeforeTheReferenceDate() {
        assertThat(patients).allSatisfy(p -> assertThat(p.demographics().birthDate())
                .isBefore(SampleCohort.REFERENCE));
    }

    @Test
    void namesIncludeApostrophesHyphensAndAccents() {
        List<String> names = patients.stream().map(p -> p.demographics().firstName() + " "
                + p.demographics().lastName()).toList();
        assertThat(names).anyMatch(n -> n.contains("'"));
        assertThat(names).anyMatch(n -> n.contains("-"));
        assertThat(names).anyMatch(n -> n.matches(".*[áéíóúñÁÉÍÓÚÑëü].*"));
    }

    @Test
    void hispanicIsAnEthnicityWithARaceOfItsOwn() {
        long hispanic = patients.stream().filter(p -> p.demographics().ethnicity() == Ethnicity.HISPANIC).count();
        double share = (double) hispanic / patients.size();
        assertThat(share).as("Hispanic share (default 0.19)").isBetween(0.17, 0.21);
        assertThat(patients.stream().filter(p -> p.demographics().ethnicity() == Ethnicity.HISPANIC)
                .map(p -> p.demographics().race()).distinct().count()).as("races of Hispanic patients")
                .isGreaterThan(2);
    }

    @Test
    void anAllHispanicCohortStillGetsTheUsualMixOfRaces() {
        PatientEngine engine = new PatientEngine(SampleCohort.SPEC.toBuilder().patients(2_000)
                .raceDistribution(Map.of(org.synthhealth.core.RaceCategory.HISPANIC, 1.0)).build(), 3L);
        Map<Object, Integer> races = new HashMap<>();
        for (int i = 0; i < 2_000; i++) {
            Patient patient = engine.generate(i);
            assertThat(patient.demographics().ethnicity()).isEqualTo(Ethnicity.HISPANIC);
            races.merge(patient.demographics().race(), 1, Integer::sum);
        }
        assertThat(races).as("races of an all-Hispanic cohort").hasSizeGreaterThan(3);
    }

    @Test
    void medicareCoversEveryoneFrom65() {
        for (Patient p : patients) {
            if (p.lastAge(SampleCohort.REFERENCE) >= 65) {
                assertThat(p.demographics().insurance()).isEqualTo("Medicare");
            } else {
                assertThat(p.demographics().insurance()).isNotEqualTo("Medicare");
            }
        }
    }

    /** Medicare and Medicaid paid their first benefits in 1966; a record set earlier cannot name them. */
    @Test
    void nobodyHasMedicareOrMedicaidBeforeTheyBegan() {
        Map<String, Integer> payers = new HashMap<>();
        for (int year : new int[] {1955, 1965, 1970}) {
            LocalDate reference = LocalDate.of(year, 6, 30);
            List<Patient> cohort = Cohort.generate(CohortSpec.builder().patients(2_000).seed(year)
                    .referenceDate(reference).build()).patients();
            for (Patient p : cohort) {
                String payer = p.demographics().insurance();
                int lastYear = p.death().map(d -> d.dateTime().atZone(ZoneOffset.UTC).getYear()).orElse(year);
                if (lastYear < 1966) {
                    assertThat(payer).as("payer of %s in %d", p.id(), lastYear).isNotIn("Medicare", "Medicaid");
                    payers.merge(p.lastAge(reference) >= 65 ? "65+ " + payer : payer, 1, Integer::sum);
                } else if (p.lastAge(reference) >= 65) {
                    assertThat(payer).isEqualTo("Medicare");
                }
            }
        }
        assertThat(payers).containsKeys("Self-pay", "65+ Self-pay", "Aetna");
        assertThat(payers.keySet()).anyMatch(k -> k.startsWith("65+ ") && !k.equals("65+ Self-pay"));
    }

    @Test
    void theSampleHoldsPatientsWhoDiedLongBeforeTheReferenceDateSoTheAgeRulesAreTestedAtDeath() {
        assertThat(patients.stream().filter(p -> p.lastAge(SampleCohort.REFERENCE) < 65
                && p.ageOn(SampleCohort.REFERENCE) >= 65)).as("died before 65, over 65 by the reference date")
                .isNotEmpty();
        assertThat(patients.stream().filter(p -> p.lastAge(SampleCohort.REFERENCE) + 5
                <= p.ageOn(SampleCohort.REFERENCE))).as("died at least five years before the reference date")
                .hasSizeGreaterThan(20);
    }

    @Test
    void aMiddleNameNeverRepeatsTheFirstName() {
        long withMiddle = 0;
        for (Patient p : patients) {
            Demographics d = p.demographics();
            withMiddle += d.middleName().isPresent() ? 1 : 0;

            assertThat(d.middleName()).as("middle name of patient %d (seed %d)", p.index(),
                    SampleCohort.SPEC.seed().orElseThrow()).isNotEqualTo(Optional.of(d.firstName()));
        }
        assertThat(withMiddle).as("patients with a middle name").isGreaterThan(5_000);
    }

    @Test
    void noOneUnder25IsWidowedAndMarriageRisesGraduallyFrom18() {
        Map<AgeBand, Double> youngAdults = new LinkedHashMap<>();
        youngAdults.put(new AgeBand(18, 24), 1.0);
        CohortSpec spec = CohortSpec.builder().patients(7_000).seed(25).referenceDate(SampleCohort.REFERENCE)
                .ageDistribution(youngAdults).build();
        Map<Integer, int[]> marriedOfAll = new TreeMap<>();

        for (Patient p : Cohort.generate(spec).patients()) {
            int age = p.lastAge(SampleCohort.REFERENCE);
            MaritalStatus status = p.demographics().maritalStatus();
            assertThat(status).as("marital status of patient %d at %d (seed 25)", p.index(), age)
                    .isNotEqualTo(MaritalStatus.WIDOWED);
            int[] counts = marriedOfAll.computeIfAbsent(age, a -> new int[2]);
            counts[0] += status == MaritalStatus.MARRIED ? 1 : 0;
            counts[1]++;
        }

        double at18And19 = marriedShare(marriedOfAll, 18, 19);
        double at20And21 = marriedShare(marriedOfAll, 20, 21);
        double at22To24 = marriedShare(marriedOfAll, 22, 24);
        assertThat(at18And19).as("married at 18-19").isLessThan(0.04);
        assertThat(at20And21).as("married at 20-21").isBetween(at18And19, 0.09);
        assertThat(at22To24).as("married at 22-24").isBetween(at20And21, 0.20);
        assertThat(marriedShare(marriedOfAll, 20, 24)).as("married at 20-24").isBetween(0.06, 0.15);
    }

    private static double marriedShare(Map<Integer, int[]> marriedOfAll, int from, int to) {
        int married = 0;
        int all = 0;
        for (int age = from; age <= to; age++) {
            int[] counts = marriedOfAll.getOrDefault(age, new int[2]);
            married += counts[0];
            all += counts[1];
        }
        assertThat(all).as("patients aged %d-%d", from, to).isGreaterThan(1_000);
        return (double) married / all;
    }

    @Test
    void childrenAreNeverMarried() {
        patients.stream().filter(p -> p.lastAge(SampleCohort.REFERENCE) < 18).forEach(p ->
                assertThat(p.demographics().maritalStatus()).isEqualTo(MaritalStatus.NEVER_MARRIED));
    }

    @Test
    void childrenNeitherSmokeNorDrink() {
        patients.stream().filter(p -> p.lastAge(SampleCohort.REFERENCE) < 18).forEach(p -> {
            assertThat(p.socialHistory().smoking()).isEqualTo(SmokingStatus.NEVER);
            assertThat(p.socialHistory().alcohol()).isEqualTo(AlcoholUse.NEVER);
        });
    }

    @Test
    void childrenAreStudentsOrNotApplicableUnderFive() {
        for (Patient p : patients) {
            int age = p.lastAge(SampleCohort.REFERENCE);
            Employment e = p.socialHistory().employment();
            if (age < 5) {
                assertThat(e).as("employment at %d", age).isEqualTo(Employment.NOT_APPLICABLE);
            } else if (age < 18) {
                assertThat(e).as("employment at %d", age).isEqualTo(Employment.STUDENT);
            } else {
                assertThat(e).as("employment at %d", age).isNotEqualTo(Employment.NOT_APPLICABLE);
            }
        }
    }

    @Test
    void educationNeedsTheYearsToComplete() {
        for (Patient p : patients) {
            SocialHistory s = p.socialHistory();
            assertThat(p.lastAge(SampleCohort.REFERENCE)).as("age with %s", s.education())
                    .isGreaterThanOrEqualTo(SocialHistoryGenerator.minimumAge(s.education()));
        }
    }

    @Test
    void nobodyUnderFiftyIsRetiredAndMostOver65Are() {
        long old = 0;
        long retired = 0;
        for (Patient p : patients) {
            int age = p.lastAge(SampleCohort.REFERENCE);
            if (age < 50) {
                assertThat(p.socialHistory().employment()).as("employment at %d", age).isNotEqualTo(Employment.RETIRED);
            }
            if (age >= 65) {
                old++;
                retired += p.socialHistory().employment() == Employment.RETIRED ? 1 : 0;
            }
        }
        assertThat((double) retired / old).as("retired share of 65+").isGreaterThan(0.6);
    }

    @Test
    void workFallsAwayWithAgeAfterSixtyFive() {
        long[] people = new long[3];
        long[] employed = new long[3];
        for (Patient p : patients) {
            int age = p.lastAge(SampleCohort.REFERENCE);
            int group = age >= 85 ? 2 : age >= 75 ? 1 : age >= 65 ? 0 : -1;
            if (group >= 0) {
                people[group]++;
                employed[group] += p.socialHistory().employment() == Employment.EMPLOYED ? 1 : 0;
            }
        }
        double[] share = new double[3];
        for (int g = 0; g < 3; g++) {
            assertThat(people[g]).as("patients in age group %d", g).isGreaterThan(20);
            share[g] = (double) employed[g] / people[g];
        }
        assertThat(share[0]).as("employed at 65-74").isGreaterThan(share[1]);
        assertThat(share[1]).as("employed at 75-84").isGreaterThan(share[2]);
        assertThat(share[2]).as("employed from 85").isLessThan(0.04);
    }

    @Test
    void theOldestAgeBandThinsOutLikeAPopulationInsteadOfFillingWithCentenarians() {
        long over65 = patients.stream().filter(p -> p.ageOn(SampleCohort.REFERENCE) >= 66).count();
        long over95 = patients.stream().filter(p -> p.ageOn(SampleCohort.REFERENCE) >= 95).count();
        long seventies = patients.stream().filter(p -> p.ageOn(SampleCohort.REFERENCE) / 10 == 7).count();
        long eighties = patients.stream().filter(p -> p.ageOn(SampleCohort.REFERENCE) / 10 == 8).count();
        long nineties = patients.stream().filter(p -> p.ageOn(SampleCohort.REFERENCE) / 10 == 9).count();

        assertThat(seventies).isGreaterThan(eighties);
        assertThat(eighties).isGreaterThan(nineties);
        assertThat((double) over95 / over65).as("aged 95 or more among those over 65").isLessThan(0.04);
    }

    @Test
    void nobodyFromNinetyFiveIsEmployedOrLookingForWorkEvenInACohortOfTheOldest() {
        Map<AgeBand, Double> oldest = new LinkedHashMap<>();
        oldest.put(new AgeBand(0, 94), 0.0);
        oldest.put(new AgeBand(95, 120), 1.0);
        List<Patient> cohort = Cohort.generate(CohortSpec.builder().patients(3_000).seed(5)
                .referenceDate(SampleCohort.REFERENCE).ageDistribution(oldest).build()).patients();

        for (Patient p : cohort) {
            assertThat(p.ageOn(SampleCohort.REFERENCE)).isBetween(95, 120);
            if (p.lastAge(SampleCohort.REFERENCE) >= 95) {
                assertThat(p.socialHistory().employment()).as("employment at %d", p.lastAge(SampleCohort.REFERENCE))
                        .isNotIn(Employment.EMPLOYED, Employment.UNEMPLOYED);
            }
        }
    }
}
