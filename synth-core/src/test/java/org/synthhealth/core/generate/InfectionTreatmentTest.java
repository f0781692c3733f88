package org.synthhealth.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.model.Condition;
import org.synthhealth.core.model.Medication;
import org.synthhealth.core.model.Patient;

/**
 * Infections are treated as the engine guide says: strep throat and pneumonia with an antibiotic the patient can
 * take, viral sinusitis and urinary tract infections with none (no antibiotic treats a virus, and none suited to a
 * UTI has a verified RxNorm code).
 */
class InfectionTreatmentTest {

    private static final Set<String> ANTIBIOTICS = Set.of("308191", "308460");

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
    void urinaryTractInfectionsGetNoDrugWhileNoneSuitedIsVerified() {
        long episodes = 0;
        for (Patient p : patients) {
            for (Condition c : episodes(p, "uti")) {
                episodes++;
                assertThat(drugsFor(p, c)).as("drugs for UTI %s of %s", c.id(), p.id()).isEmpty();
            }
        }
        assertThat(episodes).as("UTI episodes").isGreaterThan(1_000);
    }

    @Test
    void strepThroatFromTwelveIsAlmostAlwaysTreatedWithAnAntibiotic() {
        long episodes = 0;
        long treated = 0;
        for (Patient p : patients) {
            for (Condition c : episodes(p, "strep_throat")) {
                if (p.ageOn(c.onsetDate()) >= 12) {
                    episodes++;
                    List<Medication> drugs = drugsFor(p, c);
                    treated += drugs.isEmpty() ? 0 : 1;
                    assertThat(drugs).allSatisfy(m -> assertThat(ANTIBIOTICS).contains(m.rxnorm().code()));
                }
            }
        }
        // Nineteen in twenty are treated; a strep throat during another antibiotic course is covered by it.
        assertThat(treated).as("of %d strep throats from 12, treated", episodes).isGreaterThan(episodes * 85 / 100);
    }

    private static List<Condition> episodes(Patient p, String key) {
        return p.conditions().stream().filter(c -> c.key().equals(key)).toList();
    }

    private static List<Medication> drugsFor(Patient p, Condition c) {
        return p.medications().stream().filter(m -> m.conditionId().equals(c.id())).toList();
    }
}
