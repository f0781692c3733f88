package org.synthhealth.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.model.Condition;
import org.synthhealth.core.model.Medication;
import org.synthhealth.core.model.Patient;

/**
 * Infections are treated as the engine guide says: viral sinusitis with no antibiotic (none treats a virus), and
 * every strep throat, pneumonia and urinary tract infection with an antibiotic prescribed at the visit that diagnoses
 * it, children included. The only ones left without are those the guide names: a pneumonia in an infant younger than
 * three months (admitted for intravenous treatment, which the engine does not model) or, if allergic to penicillin,
 * younger than six months (the youngest age azithromycin suspension is labelled for pneumonia), and a child's UTI
 * when allergies rule out both cephalexin and trimethoprim-sulfamethoxazole. An infection that begins during a course
 * of an antibiotic of the same class is covered by that course.
 */
class InfectionTreatmentTest {

    private static final String PENICILLIN = "373270004";
    private static final String SULFONAMIDE = "387406002";

    /** Every antibiotic the engine may prescribe, by RxNorm code; written out so a wrong code in the engine fails. */
    private static final Set<String> ANTIBIOTICS = Set.of("308191", "308460", "308189", "141963", "1648755",
            "198335", "309113", "313134");

    private final List<Patient> patients = SampleCohort.patients();

    @Test
    void viralSinusitisIsNeverGivenAnAntibiotic() {
        long episodes = 0;
        for (Patient p : patients) {
            for (Condition c : episodes(p, "sinusitis")) {
                episodes++;
                assertThat(drugsFor(p, c)).as("drugs for viral sinusitis %s of %s (seed %d)", c.id(), p.id(),
                        SampleCohort.SPEC.seed().orElseThrow()).isEmpty();
            }
        }
        assertThat(episodes).as("sinusitis episodes").isGreaterThan(1_000);
    }

    @Test
    void everyStrepThroatIsTreatedAtTheVisitThatDiagnosesIt() {
        List<String> untreated = new ArrayList<>();
        long children = 0;
        for (Patient p : patients) {
            for (Condition c : episodes(p, "strep_throat")) {
                children += p.ageOn(c.onsetDate()) < 12 ? 1 : 0;
                checkTreated(p, c, untreated);
            }
        }
        assertThat(untreated).as("strep throats without an antibiotic at their diagnosis (seed %d)",
                SampleCohort.SPEC.seed().orElseThrow()).isEmpty();
        assertThat(children).as("strep throats under 12").isGreaterThan(300);
    }

    @Test
    void everyPneumoniaFromThreeMonthsIsTreatedAtTheVisitThatDiagnosesIt() {
        List<String> untreated = new ArrayList<>();
        long children = 0;
        for (Patient p : patients) {
            for (Condition c : episodes(p, "pneumonia")) {
                long months = ChronoUnit.MONTHS.between(p.demographics().birthDate(), c.onsetDate());
                boolean child = p.ageOn(c.onsetDate()) < 12;
                if (months < 3 || (child && months < 6 && allergicTo(p, PENICILLIN))) {
                    continue;
                }
                children += child ? 1 : 0;
                checkTreated(p, c, untreated);
            }
        }
        assertThat(untreated).as("pneumonias without an antibiotic at their diagnosis (seed %d)",
                SampleCohort.SPEC.seed().orElseThrow()).isEmpty();
        assertThat(children).as("pneumonias under 12 from three months").isGreaterThan(20);
    }

    @Test
    void everyUrinaryTractInfectionIsTreatedAtTheVisitThatDiagnosesIt() {
        List<String> untreated = new ArrayList<>();
        long children = 0;
        long episodes = 0;
        for (Patient p : patients) {
            for (Condition c : episodes(p, "uti")) {
                boolean child = p.ageOn(c.onsetDate()) < 12;
                if (child && allergicTo(p, PENICILLIN) && allergicTo(p, SULFONAMIDE)) {
                    continue;
                }
                episodes++;
                children += child ? 1 : 0;
                checkTreated(p, c, untreated);
            }
        }
        assertThat(untreated).as("UTIs without an antibiotic at their diagnosis (seed %d)",
                SampleCohort.SPEC.seed().orElseThrow()).isEmpty();
        assertThat(episodes).as("UTI episodes").isGreaterThan(1_000);
        assertThat(children).as("UTIs under 12").isGreaterThan(100);
    }

    /**
     * Azithromycin tablets from 12: for pneumonia a loading dose of 500 mg, then 250 mg; for strep throat 500 mg
     * every day (12 mg/kg, at most 500 mg). Never 250 mg from the first day.
     */
    @Test
    void azithromycinTabletsStartWithFiveHundredMilligrams() {
        Map<String, Set<String>> dosesByCondition = new TreeMap<>();
        for (Patient p : patients) {
            for (Medication m : p.medications()) {
                if (m.rxnorm().code().equals("308460")) {
                    String condition = p.conditions().stream().filter(c -> c.id().equals(m.conditionId()))
                            .findFirst().orElseThrow().key();
                    dosesByCondition.computeIfAbsent(condition, k -> new TreeSet<>())
                            .add(m.dosage() + " " + m.frequency());
                }
            }
        }
        assertThat(dosesByCondition).containsOnlyKeys("pneumonia", "strep_throat");
        assertThat(dosesByCondition.get("pneumonia")).containsExactly("500 mg on day 1, then 250 mg once daily");
        assertThat(dosesByCondition.get("strep_throat")).containsExactly("500 mg once daily");
    }

    /**
     * Adds a line to {@code untreated} unless an antibiotic for {@code c} is prescribed at the encounter that
     * diagnosed it, or an antibiotic course running that day covers it.
     */
    private static void checkTreated(Patient p, Condition c, List<String> untreated) {
        LocalDate day = c.onsetDate();
        boolean prescribed = drugsFor(p, c).stream().anyMatch(m -> m.encounterId().equals(c.encounterId())
                && ANTIBIOTICS.contains(m.rxnorm().code()));
        boolean covered = p.medications().stream().anyMatch(m -> ANTIBIOTICS.contains(m.rxnorm().code())
                && !m.startDate().isAfter(day) && m.endDate().map(e -> e.isAfter(day)).orElse(true));
        if (!prescribed && !covered) {
            untreated.add(c.key() + " " + c.id() + " of patient " + p.index() + " aged " + p.ageOn(day) + " on "
                    + day + ", allergies " + p.allergies().stream().map(a -> a.substance().display()).toList()
                    + ", drugs " + drugsFor(p, c).stream().map(Medication::name).toList());
        }
    }

    private static boolean allergicTo(Patient p, String substance) {
        return p.allergies().stream().anyMatch(a -> a.substance().code().equals(substance));
    }

    private static List<Condition> episodes(Patient p, String key) {
        return p.conditions().stream().filter(c -> c.key().equals(key)).toList();
    }

    private static List<Medication> drugsFor(Patient p, Condition c) {
        return p.medications().stream().filter(m -> m.conditionId().equals(c.id())).toList();
    }
}
