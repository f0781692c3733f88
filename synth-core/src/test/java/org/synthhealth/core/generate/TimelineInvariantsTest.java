package org.synthhealth.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.model.Encounter;
import org.synthhealth.core.model.Medication;
import org.synthhealth.core.model.MedicationStatus;
import org.synthhealth.core.model.Observation;
import org.synthhealth.core.model.Patient;

/** Every row of 10,000 patients lies in time where it belongs: after birth, before death, inside its visit. */
class TimelineInvariantsTest {

    private static final Instant WORLD_END = SampleCohort.REFERENCE.atStartOfDay(ZoneOffset.UTC).toInstant();

    private final List<Patient> patients = SampleCohort.patients();

    @Test
    void generatesTheRequestedNumberOfPatientsInIndexOrder() {
        assertThat(patients).hasSize(10_000);
        for (int i = 0; i < patients.size(); i++) {
            assertThat(patients.get(i).index()).as("position %d", i).isEqualTo(i);
        }
    }

    @Test
    void encountersStartAfterBirthAndEndBeforeDeathAndTheReferenceDate() {
        for (Patient p : patients) {
            Instant birth = p.demographics().birthDate().atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant end = p.death().map(d -> d.dateTime()).orElse(WORLD_END);
            for (Encounter e : p.encounters()) {
                assertThat(e.start()).as("encounter %s of %s", e.id(), p.id()).isAfterOrEqualTo(birth);
                assertThat(e.end()).as("encounter %s of %s", e.id(), p.id()).isAfter(e.start())
                        .isBeforeOrEqualTo(end);
            }
        }
    }

    @Test
    void deathsHappenAfterBirthAndNoLaterThanTheReferenceDate() {
        long deaths = 0;
        for (Patient p : patients) {
            if (p.death().isPresent()) {
                deaths++;
                LocalDate date = LocalDate.ofInstant(p.death().get().dateTime(), ZoneOffset.UTC);
                assertThat(date).as(p.id()).isAfterOrEqualTo(p.demographics().birthDate())
                        .isBefore(SampleCohort.REFERENCE);
            }
        }
        assertThat(deaths).as("deaths among 10,000 (about 1% a year over five years)").isBetween(250L, 800L);
    }

    @Test
    void encounterLinkedRowsLieWithinTheirEncounter() {
        for (Patient p : patients) {
            Map<String, Encounter> byId = p.encounters().stream()
                    .collect(Collectors.toMap(Encounter::id, Function.identity()));
            for (Observation o : p.observations()) {
                assertWithin(byId.get(o.encounterId()), o.effective(), "observation " + o.id());
            }
            p.immunizations().forEach(i -> assertWithin(byId.get(i.encounterId()), i.occurred(), i.id()));
            p.procedures().forEach(x -> assertWithin(byId.get(x.encounterId()), x.performed(), x.id()));
            p.conditions().forEach(c -> assertOnDate(byId.get(c.encounterId()), c.onsetDate(), c.id()));
            p.medications().forEach(m -> assertOnDate(byId.get(m.encounterId()), m.startDate(), m.id()));
            p.allergies().forEach(a -> assertOnDate(byId.get(a.encounterId()), a.onsetDate(), a.id()));
        }
    }

    /**
     * A course keeps its planned end, so a living patient's course started in the last days before the reference date
     * ends after it and is still active; every other end lies by death or the reference date.
     */
    @Test
    void datesOfConditionsAndMedicationsNeverFollowDeathOrTheReferenceDateButACoursesPlannedEnd() {
        for (Patient p : patients) {
            LocalDate last = p.death().map(d -> LocalDate.ofInstant(d.dateTime(), ZoneOffset.UTC))
                    .orElse(SampleCohort.REFERENCE);
            p.conditions().forEach(c -> {
                assertThat(c.onsetDate()).as(c.id()).isAfterOrEqualTo(p.demographics().birthDate())
                        .isBeforeOrEqualTo(last);
                c.resolutionDate().ifPresent(r -> assertThat(r).as(c.id()).isAfter(c.onsetDate())
                        .isBeforeOrEqualTo(last));
            });
            for (Medication m : p.medications()) {
                LocalDate end = m.endDate().orElse(last);
                assertThat(end).as(m.id()).isAfterOrEqualTo(m.startDate());
                assertThat(m.status()).as("status of %s ending %s", m.id(), m.endDate())
                        .isEqualTo(end.isAfter(last) || m.endDate().isEmpty() ? MedicationStatus.ACTIVE
                                : MedicationStatus.COMPLETED);
                if (end.isAfter(last)) {
                    assertThat(p.death()).as("%s ends %s, after death", m.id(), end).isEmpty();
                    assertThat(end).as("planned end of the course %s", m.id())
                            .isBeforeOrEqualTo(m.startDate().plusDays(10));
                }
            }
        }
    }

    @Test
    void everyRowCarriesItsPatientIdAndAKnownEncounterId() {
        for (Patient p : patients) {
            Set<String> visits = p.encounters().stream().map(Encounter::id).collect(Collectors.toSet());
            p.encounters().forEach(e -> assertThat(e.patientId()).isEqualTo(p.id()));
            p.conditions().forEach(c -> assertThat(c.patientId()).isEqualTo(p.id()));
            p.medications().forEach(m -> assertThat(m.patientId()).isEqualTo(p.id()));
            p.allergies().forEach(a -> assertThat(a.patientId()).isEqualTo(p.id()));
            p.familyHistory().forEach(f -> assertThat(f.patientId()).isEqualTo(p.id()));
            p.death().ifPresent(d -> assertThat(d.patientId()).isEqualTo(p.id()));
            for (Observation o : p.observations()) {
                if (!visits.contains(o.encounterId())) {
                    assertThat(visits).as("encounter of %s", o.id()).contains(o.encounterId());
                }
            }
            assertThat(p.procedures()).allSatisfy(x -> assertThat(visits).contains(x.encounterId()));
            assertThat(p.immunizations()).allSatisfy(i -> assertThat(visits).contains(i.encounterId()));
            assertThat(p.medications()).allSatisfy(m -> assertThat(visits).contains(m.encounterId()));
            assertThat(p.conditions()).allSatisfy(c -> assertThat(visits).contains(c.encounterId()));
            assertThat(p.encounters()).allSatisfy(e -> e.reasonConditionId().ifPresent(r ->
                    assertThat(p.condition(r)).as("reason of %s", e.id()).isPresent()));
        }
    }

    @Test
    void idsAreUniquePerTableAcrossTheCohort() {
        assertUnique("patient", patients.stream().map(Patient::id).toList());
        assertUnique("mrn", patients.stream().map(p -> p.demographics().mrn()).toList());
        assertUnique("encounter", ids(p -> p.encounters().stream().map(Encounter::id).toList()));
        assertUnique("condition", ids(p -> p.conditions().stream().map(c -> c.id()).toList()));
        assertUnique("medication", ids(p -> p.medications().stream().map(m -> m.id()).toList()));
        assertUnique("observation", ids(p -> p.observations().stream().map(Observation::id).toList()));
        assertUnique("procedure", ids(p -> p.procedures().stream().map(x -> x.id()).toList()));
        assertUnique("immunization", ids(p -> p.immunizations().stream().map(i -> i.id()).toList()));
        assertUnique("allergy", ids(p -> p.allergies().stream().map(a -> a.id()).toList()));
        assertUnique("family", ids(p -> p.familyHistory().stream().map(f -> f.id()).toList()));
    }

    @Test
    void encounterTimesAreWholeMinutesInUtc() {
        for (Patient p : patients) {
            for (Encounter e : p.encounters()) {
                assertThat(e.start().getEpochSecond() % 60).as(e.id()).isZero();
                assertThat(e.start().getNano()).isZero();
                assertThat(e.end().getEpochSecond() % 60).as(e.id()).isZero();
            }
        }
    }

    @Test
    void observationValuesAreFixedScaleDecimalsWithoutExponent() {
        for (Patient p : patients) {
            for (Observation o : p.observations()) {
                String text = o.value().toString();
                if (o.value().scale() < 0 || o.value().scale() > 2 || text.contains("E") || o.value().signum() <= 0) {
                    assertThat(text).as("value of %s %s", o.code().code(), o.id()).matches("[0-9]+(\\.[0-9]{1,2})?")
                            .isNotEqualTo("0");
                }
            }
        }
    }

    private List<String> ids(Function<Patient, List<String>> rows) {
        return patients.stream().flatMap(p -> rows.apply(p).stream()).toList();
    }

    private static void assertUnique(String table, List<String> ids) {
        Set<String> seen = new HashSet<>(2 * ids.size());
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new AssertionError("duplicate " + table + " id " + id);
            }
        }
        assertThat(seen).as("%s ids", table).hasSameSizeAs(ids);
    }

    private static void assertWithin(Encounter e, Instant at, String what) {
        // checked by hand first: AssertJ per row over a million rows would dominate the suite's time
        if (e == null || at.isBefore(e.start()) || at.isAfter(e.end())) {
            assertThat(e).as("encounter of %s", what).isNotNull();
            assertThat(at).as("%s within %s..%s", what, e.start(), e.end()).isBetween(e.start(), e.end());
        }
    }

    private static void assertOnDate(Encounter e, LocalDate date, String what) {
        assertThat(e).as("encounter of %s", what).isNotNull();
        assertThat(date).as("%s within %s..%s", what, e.start(), e.end())
                .isBetween(LocalDate.ofInstant(e.start(), ZoneOffset.UTC), LocalDate.ofInstant(e.end(),
                        ZoneOffset.UTC));
    }
}
