package org.synthhealth.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.AgeBand;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.model.Encounter;
import org.synthhealth.core.model.EncounterClass;
import org.synthhealth.core.model.Immunization;
import org.synthhealth.core.model.Observation;
import org.synthhealth.core.model.Patient;
import org.synthhealth.core.model.Sex;

/**
 * A child whose record starts at birth is born in hospital: the stay starts at birth and lasts one to two days, the
 * hepatitis B birth dose is given in it within 24 hours (ACIP), birth weight and length are measured in it, and the
 * first newborn clinic visit comes after discharge. Checked over 3,000 children and the shared sample.
 */
class BirthStayTest {

    private static final String HEPB = "08";
    private static final String WEIGHT = "29463-7";
    private static final String LENGTH = "8302-2";
    /** The span of a stay: one to two days, the usual stay after a vaginal birth. */
    private static final Duration SHORTEST = Duration.ofHours(24);
    private static final Duration LONGEST = Duration.ofHours(48);
    private static final CohortSpec CHILDREN = CohortSpec.builder().patients(3_000).seed(7L)
            .referenceDate(SampleCohort.REFERENCE).ageDistribution(Map.of(new AgeBand(0, 17), 1.0))
            .concurrentWorkers(2).build();

    private static List<Patient> children;

    private static synchronized List<Patient> children() {
        if (children == null) {
            children = Cohort.generate(CHILDREN).patients();
        }
        return children;
    }

    @Test
    void everyChildWhoseRecordStartsAtBirthHasOneStayFromBirthOfOneToTwoDays() {
        int stays = 0;
        for (List<Patient> cohort : List.of(children(), SampleCohort.patients())) {
            for (Patient p : cohort) {
                if (!recordStartsAtBirth(p)) {
                    assertThat(birthStays(p)).as("birth stays of adult %s", p.id()).isEmpty();
                    continue;
                }
                String what = "birth stays of " + p.id() + " born " + p.demographics().birthDate();
                assertThat(birthStays(p)).as(what).hasSize(1);
                Encounter stay = birthStays(p).get(0);
                assertThat(stay.start()).as(what).isAfterOrEqualTo(midnight(p.demographics().birthDate()));
                assertThat(Duration.between(stay.start(), stay.end())).as(what).isBetween(SHORTEST, LONGEST);
                assertThat(stay.reasonConditionId()).as(what).isEmpty();
                assertThat(stay.facility()).as(what).endsWith("General Hospital");
                assertThat(p.encounters().stream().map(Encounter::start).min(Comparator.naturalOrder()))
                        .as("first visit of %s", p.id()).contains(stay.start());
                stays++;
            }
        }
        assertThat(stays).as("birth stays").isGreaterThan(4_000);
    }

    @Test
    void theHepatitisBBirthDoseIsGivenInTheStayWithin24HoursOfBirth() {
        int stays = 0;
        int birthDoses = 0;
        for (Patient p : children()) {
            if (!recordStartsAtBirth(p)) {
                continue;
            }
            stays++;
            Optional<Encounter> stay = birthStays(p).stream().findFirst();
            LocalDate oneMonth = p.demographics().birthDate().plusMonths(1);
            for (Immunization i : p.immunizations()) {
                if (!i.vaccine().code().equals(HEPB) || !day(i.occurred()).isBefore(oneMonth)) {
                    continue;
                }
                String what = "hepatitis B dose " + i.id() + " of " + p.id() + " born "
                        + p.demographics().birthDate() + " at " + i.occurred() + ", birth stay " + stay;
                assertThat(stay).as(what).isPresent();
                assertThat(i.encounterId()).as(what).isEqualTo(stay.get().id());
                assertThat(Duration.between(stay.get().start(), i.occurred())).as(what)
                        .isBetween(Duration.ZERO, Duration.ofHours(24));
                birthDoses++;
            }
        }
        assertThat(birthDoses).as("birth doses of %d children recorded from birth", stays)
                .isGreaterThan((int) (0.85 * stays)).isLessThanOrEqualTo(stays);
    }

    @Test
    void birthWeightAndLengthArePlausibleForSex() {
        List<Double> boysWeights = new ArrayList<>();
        List<Double> girlsLengths = new ArrayList<>();
        for (Patient p : children()) {
            for (Encounter stay : birthStays(p)) {
                String what = "birth measurements of " + p.id() + " (" + p.demographics().sex() + ")";
                double weight = single(p, stay, WEIGHT, what).doubleValue();
                double length = single(p, stay, LENGTH, what).doubleValue();
                assertThat(weight).as(what + " in kg").isBetween(2.0, 5.0);
                assertThat(length).as(what + " in cm").isBetween(44.0, 56.0);
                if (p.demographics().sex() == Sex.MALE) {
                    boysWeights.add(weight);
                } else {
                    girlsLengths.add(length);
                }
            }
        }
        assertThat(median(boysWeights)).as("median birth weight of %d boys", boysWeights.size()).isBetween(3.2, 3.6);
        assertThat(median(girlsLengths)).as("median birth length of %d girls", girlsLengths.size())
                .isBetween(48.0, 50.5);
    }

    @Test
    void weightsOfTheFirstTwoWeeksStayNearTheBirthWeight() {
        int early = 0;
        for (Patient p : children()) {
            for (Encounter stay : birthStays(p)) {
                BigDecimal birthWeight = single(p, stay, WEIGHT, "birth weight of " + p.id());
                LocalDate twoWeeks = p.demographics().birthDate().plusDays(14);
                for (Observation o : p.observations()) {
                    if (!o.code().code().equals(WEIGHT) || o.encounterId().equals(stay.id())
                            || !day(o.effective()).isBefore(twoWeeks)) {
                        continue;
                    }
                    double ratio = o.value().doubleValue() / birthWeight.doubleValue();
                    assertThat(ratio).as("weight %s kg of %s on %s against a birth weight of %s kg", o.value(),
                            p.id(), day(o.effective()), birthWeight).isBetween(0.8, 1.1);
                    early++;
                }
            }
        }
        assertThat(early).as("weights in the first two weeks").isGreaterThan(100);
    }

    @Test
    void theFirstNewbornClinicVisitComesAfterDischarge() {
        int visits = 0;
        for (Patient p : children()) {
            for (Encounter stay : birthStays(p)) {
                Optional<Encounter> first = p.encounters().stream()
                        .filter(e -> e.encounterClass() == EncounterClass.WELLNESS)
                        .min(Comparator.comparing(Encounter::start));
                if (first.isEmpty()) {
                    continue;
                }
                assertThat(Duration.between(stay.end(), first.get().start()))
                        .as("first newborn visit %s of %s at %s, discharged %s", first.get().id(), p.id(),
                                first.get().start(), stay.end())
                        .isBetween(Duration.ofHours(24), Duration.ofDays(10));
                visits++;
            }
        }
        assertThat(visits).as("first newborn visits").isGreaterThan(2_000);
    }

    /** Whether the engine records the patient from birth: a child on the reference date, with room for the stay. */
    private static boolean recordStartsAtBirth(Patient p) {
        LocalDate birth = p.demographics().birthDate();
        return p.ageOn(SampleCohort.REFERENCE) < AgeBand.ADULT && p.death().isEmpty()
                && birth.plusDays(3).isBefore(SampleCohort.REFERENCE);
    }

    private static List<Encounter> birthStays(Patient p) {
        return p.encounters().stream().filter(e -> e.encounterClass() == EncounterClass.INPATIENT
                && day(e.start()).equals(p.demographics().birthDate())).toList();
    }

    private static BigDecimal single(Patient p, Encounter stay, String code, String what) {
        List<BigDecimal> values = p.observations().stream()
                .filter(o -> o.encounterId().equals(stay.id()) && o.code().code().equals(code))
                .map(Observation::value).toList();
        assertThat(values).as(what + ", LOINC " + code).hasSize(1);
        return values.get(0);
    }

    private static double median(List<Double> values) {
        assertThat(values).as("measurements").isNotEmpty();
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static Instant midnight(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static LocalDate day(Instant t) {
        return LocalDate.ofInstant(t, ZoneOffset.UTC);
    }
}
