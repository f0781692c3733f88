package org.synthhealth.core.generate.clinical;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.synthhealth.core.generate.codes.Drug;
import org.synthhealth.core.generate.codes.Drugs;
import org.synthhealth.core.generate.codes.Loinc;
import org.synthhealth.core.model.Medication;
import org.synthhealth.core.model.MedicationStatus;
import org.synthhealth.core.model.Observation;

/**
 * Prescribes drugs for the conditions a patient has, at the visit that diagnosed them or a later follow-up, so every
 * medication treats an existing condition and starts on or after its onset. Most treated chronic conditions start on
 * one drug and some add a second later (insulin only once the HbA1c shows diabetes uncontrolled on metformin);
 * cardiac and respiratory regimens start together. An emergency visit or admission for COPD or asthma gets a steroid
 * burst for the exacerbation ({@link Drugs#forExacerbation}); no chronic regimen holds a steroid burst. Warfarin
 * replaces an antiplatelet ({@link Antithrombotics}). A drug the patient is allergic to, or that was not yet approved
 * on the day, gives way to its substitute or to nothing (see {@link DrugChoice}), and none is given below its minimum
 * age; a condition left without any drug that way gets its regimen at the first follow-up where one can be given (an
 * asthma diagnosed before the first inhaler was approved, or before the child turned 4). A drug of a class the
 * patient already takes is not added: the one taken covers the new condition too (see {@link SameClassCover}).
 * Chronic drugs are taken until death or the reference date; courses end after their days, also when that is after
 * the reference date (the course is then still active). Every strep throat, pneumonia and urinary tract infection is
 * treated, as a diagnosed bacterial infection is; a child below 12 gets an oral suspension dosed by the weight taken
 * at the visit ({@link ChildDosing}). Viral sinusitis gets no drug (see {@link Drugs}).
 */
final class Prescriber {

    /**
     * The HbA1c (%) from which a diabetic on metformin starts basal insulin. The ADA Standards of Care set a target
     * below 7% for most adults and advise adding a drug when it is missed; with no second oral agent or GLP-1
     * receptor agonist in the verified catalogue, insulin is the only step, so the engine takes it only where the
     * ADA sees metformin alone falling well short (1.5 to 2 points above target) and basal insulin is a usual add-on.
     * At 10% or more the ADA considers insulin outright; 9% sits between.
     */
    static final BigDecimal INSULIN_FROM_HBA1C = new BigDecimal("9.0");

    private static final Set<Purpose> HOSPITAL = Set.of(Purpose.EMERGENCY, Purpose.INPATIENT, Purpose.TERMINAL);

    private static final Set<String> ALL_AT_ONCE = Set.of("heart_disease", "atrial_fibrillation", "heart_failure",
            "asthma", "copd");

    private Prescriber() {
    }

    static void record(Recorder rec, Visit visit, SplittableRandom random) {
        Diagnosis reason = visit.reason;
        if (reason == null) {
            return;
        }
        if (reason.diagnosedAt == visit) {
            start(rec, visit, reason, random);
        } else if (HOSPITAL.contains(visit.purpose)) {
            Drugs.forExacerbation(reason.key()).ifPresent(burst -> prescribe(rec, visit, reason, burst));
        } else if (visit.purpose == Purpose.FOLLOW_UP && reason.awaitingDrug) {
            startRegimen(rec, visit, reason);
        } else if (visit.purpose == Purpose.FOLLOW_UP && reason.drugsStarted == 1 && reason.regimen.size() > 1
                && addsSecondDrug(rec, reason, random)) {
            prescribe(rec, visit, reason, reason.regimen.get(1));
            reason.drugsStarted = 2;
        }
    }

    /**
     * Whether a follow-up adds the second drug of the regimen: for diabetes, insulin, only when the last HbA1c drawn
     * at or before the visit, and after the first drug began, is uncontrolled (see {@link #INSULIN_FROM_HBA1C});
     * otherwise three follow-ups in ten.
     */
    private static boolean addsSecondDrug(Recorder rec, Diagnosis d, SplittableRandom random) {
        if (d.key().equals("diabetes")) {
            return latestHba1cOnTreatment(rec, d).filter(v -> v.compareTo(INSULIN_FROM_HBA1C) >= 0).isPresent();
        }
        return random.nextDouble() < 0.3;
    }

    /**
     * The last HbA1c recorded so far, if it was drawn after the day the first drug for {@code d} began; the visit's
     * own labs are recorded before its prescriptions. The clinic does not repeat an HbA1c within
     * {@link LabInterval#HBA1C}, so a follow-up may have none of its own: it then reads the last one drawn, and one
     * from before metformin (the diagnosing result, drawn before the prescription) says nothing about metformin.
     */
    private static Optional<BigDecimal> latestHba1cOnTreatment(Recorder rec, Diagnosis d) {
        Optional<LocalDate> treatedFrom = rec.medications.stream().filter(m -> m.conditionId().equals(d.id))
                .map(Medication::startDate).min(LocalDate::compareTo);
        for (int i = rec.observations.size() - 1; i >= 0; i--) {
            Observation o = rec.observations.get(i);
            if (o.code().equals(Loinc.HBA1C)) {
                LocalDate drawn = LocalDate.ofInstant(o.effective(), ZoneOffset.UTC);
                return treatedFrom.filter(drawn::isAfter).map(day -> o.value());
            }
        }
        return Optional.empty();
    }

    private static void start(Recorder rec, Visit visit, Diagnosis d, SplittableRandom random) {
        Chart chart = rec.chart;
        List<List<Drug>> lines = Drugs.regimensFor(d.key(), chart.age(visit.date()), chart.demographics.sex());
        double u = random.nextDouble();
        if (lines.isEmpty() || u >= treatedShare(d.key())) {
            return;
        }
        d.regimen = lines.get(random.nextInt(lines.size()));
        startRegimen(rec, visit, d);
    }

    /** Starts the regimen chosen for {@code d}: all of it, or its first drug; notes when none could be given. */
    private static void startRegimen(Recorder rec, Visit visit, Diagnosis d) {
        int given = 0;
        if (ALL_AT_ONCE.contains(d.key())) {
            for (Drug drug : d.regimen) {
                given += prescribe(rec, visit, d, drug) ? 1 : 0;
            }
            d.drugsStarted = d.regimen.size();
        } else {
            given += prescribe(rec, visit, d, d.regimen.get(0)) ? 1 : 0;
            d.drugsStarted = 1;
        }
        d.awaitingDrug = given == 0;
    }

    /**
     * Prescribes {@code regimenDrug} or its substitute, unless a drug of its class already taken covers it; false
     * when neither can be given on the visit's day.
     */
    private static boolean prescribe(Recorder rec, Visit visit, Diagnosis d, Drug regimenDrug) {
        Chart chart = rec.chart;
        LocalDate start = visit.date();
        Optional<Drug> chosen = DrugChoice.forPatient(regimenDrug, chart.allergies, start);
        if (chosen.isEmpty() || chart.age(start) < chosen.get().minAge()) {
            return false;
        }
        Drug drug = chosen.get();
        Optional<String> dosage = ChildDosing.dosage(rec, visit, drug);
        if (dosage.isEmpty()) {
            return false;
        }
        // A course's planned end is part of the order, so it is kept when it falls after the reference date.
        Optional<LocalDate> end = drug.courseDays() > 0 ? Optional.of(start.plusDays(drug.courseDays()))
                : Optional.empty();
        if (chart.deathDate.isPresent() && (end.isEmpty() || end.get().isAfter(chart.deathDate.get()))) {
            end = chart.deathDate;
        }
        MedicationStatus status = MedicationStatus.of(end, chart.deathDate.orElse(chart.reference));
        if (SameClassCover.covers(rec.medications, drug, start, end, status)
                || Antithrombotics.coveredByAnticoagulant(rec.medications, drug, start)) {
            return true;
        }
        Antithrombotics.stopAntiplateletsFor(rec.medications, drug, start);
        rec.medications.add(new Medication(rec.id(Recorder.MEDICATION, rec.medications.size()), chart.patientId,
                visit.id, d.id, drug.name(), drug.rxnorm(), Optional.empty(), dosage.get(), drug.frequency(), start,
                end, status));
        return true;
    }

    /** Whether the patient takes a medication on a date. */
    static boolean onMedication(Recorder rec, LocalDate date) {
        for (Medication m : rec.medications) {
            if (!m.startDate().isAfter(date) && m.endDate().map(e -> e.isAfter(date)).orElse(true)) {
                return true;
            }
        }
        return false;
    }

    private static double treatedShare(String key) {
        return switch (key) {
            case "hypertension" -> 0.75;
            case "diabetes" -> 0.85;
            case "hyperlipidemia" -> 0.7;
            case "heart_disease", "heart_failure", "copd" -> 0.9;
            case "atrial_fibrillation" -> 0.85;
            case "ckd" -> 0.5;
            case "depression" -> 0.6;
            case "anxiety" -> 0.5;
            case "asthma" -> 0.95;
            case "strep_throat", "pneumonia", "uti" -> 1;
            default -> 0;
        };
    }
}
