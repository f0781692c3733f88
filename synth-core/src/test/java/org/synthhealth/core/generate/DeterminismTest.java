package org.synthhealth.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.model.Patient;

/** A patient depends on the seed and its index alone: not on cohort size, workers, time zone or locale. */
class DeterminismTest {

    private static CohortSpec spec(int count, int workers) {
        return CohortSpec.builder().patients(count).seed(7L).referenceDate(SampleCohort.REFERENCE)
                .concurrentWorkers(workers).build();
    }

    @Test
    void patientSevenIsTheSameInASmallAndALargeCohort() throws IOException {
        List<Patient> small = generate(spec(10, 1));
        List<Patient> large = generate(spec(1000, 2));

        assertThat(large.get(7).toString()).isEqualTo(small.get(7).toString());
        assertThat(large.get(7)).isEqualTo(small.get(7));
    }

    @Test
    void oneWorkerAndFourWorkersGiveIdenticalCohorts() throws IOException {
        List<Patient> one = generate(spec(700, 1));
        List<Patient> four = generate(spec(700, 4));

        assertThat(texts(four)).isEqualTo(texts(one));
    }

    @Test
    void timeZoneAndLocaleDoNotChangeAnything() throws IOException {
        List<String> before = texts(generate(spec(300, 2)));
        TimeZone zone = TimeZone.getDefault();
        Locale locale = Locale.getDefault();
        List<String> after;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            Locale.setDefault(new Locale("tr", "TR"));
            after = texts(generate(spec(300, 2)));
        } finally {
            TimeZone.setDefault(zone);
            Locale.setDefault(locale);
        }
        assertThat(after).isEqualTo(before);
    }

    @Test
    void differentSeedsGiveDifferentPatients() {
        Cohort a = Cohort.generate(spec(5, 1));
        Cohort b = Cohort.generate(spec(5, 1).toBuilder().seed(8L).build());

        assertThat(b.patients().get(0).id()).isNotEqualTo(a.patients().get(0).id());
        assertThat(b.patients().get(0).demographics()).isNotEqualTo(a.patients().get(0).demographics());
    }

    @Test
    void aSpecWithoutSeedGetsAFreshSeedThatReproducesTheCohort() {
        Cohort fresh = Cohort.generate(spec(20, 1).toBuilder().randomSeed().build());
        Cohort again = Cohort.generate(spec(20, 1).toBuilder().seed(fresh.seed()).build());

        assertThat(fresh.seed()).isNotNegative();
        assertThat(texts(again.patients())).isEqualTo(texts(fresh.patients()));
    }

    private static List<Patient> generate(CohortSpec spec) throws IOException {
        List<Patient> patients = new ArrayList<>();
        new CohortGenerator(spec, spec.seed().orElseThrow()).forEach(patients::add);
        return patients;
    }

    private static List<String> texts(List<Patient> patients) {
        return patients.stream().map(Patient::toString).toList();
    }
}
