package org.synthhealth.core.format.hl7;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.model.ClinicalStatus;
import org.synthhealth.core.model.Code;
import org.synthhealth.core.model.CodeSystem;
import org.synthhealth.core.model.Condition;
import org.synthhealth.core.model.Death;
import org.synthhealth.core.model.Encounter;
import org.synthhealth.core.model.EncounterClass;
import org.synthhealth.core.model.Patient;

/** The edges of "known at the event time": the same day, the same instant, the day of resolution. */
class RecordAsOfTest {

    private static final Instant MORNING = Instant.parse("2020-03-10T09:00:00Z");
    private static final LocalDate DAY = LocalDate.ofInstant(MORNING, ZoneOffset.UTC);
    private static final Code FLU = Code.of(CodeSystem.ICD10CM, "J11.1", "Influenza with other respiratory symptoms");

    private final Patient base = HandBuiltPatients.patient(1L, 0L);
    private final Encounter morning = visit("morning", MORNING);
    private final Encounter afternoon = visit("afternoon", MORNING.plus(Duration.ofHours(6)));

    @Test
    void aDiagnosisOfTheEventsOwnVisitIsKnownButOneOfALaterVisitThatDayIsNot() {
        Condition atMorning = condition("at-morning", morning.id(), DAY, Optional.empty());
        Condition atAfternoon = condition("at-afternoon", afternoon.id(), DAY, Optional.empty());

        List<Condition> known = new RecordAsOf(patient(List.of(atMorning, atAfternoon), Optional.empty()), MORNING)
                .diagnoses();

        assertThat(known).containsExactly(atMorning);
    }

    @Test
    void aDiagnosisResolvedBeforeTheEventsDayIsLeftOutButOneResolvingThatDayIsKept() {
        Condition resolvedTheDayBefore = condition("before", "", DAY.minusDays(9), Optional.of(DAY.minusDays(1)));
        Condition resolvingThatDay = condition("that-day", "", DAY.minusDays(9), Optional.of(DAY));

        List<Condition> known = new RecordAsOf(
                patient(List.of(resolvedTheDayBefore, resolvingThatDay), Optional.empty()), MORNING).diagnoses();

        assertThat(known).containsExactly(resolvingThatDay);
    }

    @Test
    void aDeathIsKnownFromItsOwnInstantOn() {
        Patient patient = patient(List.of(), Optional.of(new Death(base.id(), MORNING, "", FLU)));

        assertThat(new RecordAsOf(patient, MORNING.minusSeconds(1)).death()).isEmpty();
        assertThat(new RecordAsOf(patient, MORNING).death()).isPresent();
    }

    @Test
    void aVisitIsDischargedFromItsEndOn() {
        Patient patient = patient(List.of(), Optional.empty());

        assertThat(new RecordAsOf(patient, morning.end().minusSeconds(1)).discharge(morning)).isEmpty();
        assertThat(new RecordAsOf(patient, morning.end()).discharge(morning)).contains(morning.end());
    }

    private Patient patient(List<Condition> conditions, Optional<Death> death) {
        return new Patient(base.id(), base.index(), base.demographics(), base.socialHistory(),
                List.of(morning, afternoon), conditions, List.of(), List.of(), List.of(), List.of(), List.of(), death,
                List.of());
    }

    private Encounter visit(String id, Instant start) {
        return new Encounter(id, base.id(), EncounterClass.AMBULATORY, start, start.plus(Duration.ofMinutes(30)),
                Optional.empty(), "Dr. Casey Jones", "Synth Clinic");
    }

    private Condition condition(String id, String encounterId, LocalDate onset, Optional<LocalDate> resolution) {
        return new Condition(id, base.id(), encounterId, "flu", FLU.display(), FLU,
                Code.of(CodeSystem.SNOMED, "6142004", "Influenza"), false,
                resolution.isPresent() ? ClinicalStatus.RESOLVED : ClinicalStatus.ACTIVE, onset, resolution);
    }
}
