package org.synthhealth.core.generate.clinical;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.SplittableRandom;
import org.synthhealth.core.generate.codes.Loinc;
import org.synthhealth.core.model.Code;
import org.synthhealth.core.model.EncounterClass;
import org.synthhealth.core.model.ObservationCategory;
import org.synthhealth.core.model.Sex;

/**
 * Laboratory results that follow the record: HbA1c and glucose in the diabetic range only for diabetics (checked at
 * diagnosis and follow-ups), a lipid panel with high cholesterol for hyperlipidemia, a creatinine whose eGFR lies in
 * stage 3 for chronic kidney disease and at 60 or more without it ({@link Kidneys}), an INR at any clinic visit for
 * patients on warfarin ({@link InrChecks}), a blood count and metabolic panel on admission, and occasional screening
 * panels at adult wellness visits. Each result carries its reference range and an H/L/N flag. Children's hemoglobin,
 * creatinine, glucose and potassium follow {@link ChildLabRanges}. The clinic does not repeat a test within its
 * {@link LabInterval} (90 days for HbA1c, 42 for lipids, 30 for the metabolic tests, 28 for the INR); the emergency
 * department and the wards draw on every visit as before.
 *
 * <p>The four lipid results of one draw are one order, labelled with the lipid panel code 24331-1, whose members are
 * exactly those four tests. Every other test is an order of its own, with its own panel id and no panel code, so the
 * order is named by its one test: the blood count on admission is a hemoglobin, the metabolic tests are a glucose, a
 * creatinine, a sodium and a potassium. A panel code must name exactly the tests reported, and no verified code does
 * for these: the basic metabolic panel code is in neither {@code reference/codes.md} nor the FHIR packages the project
 * verifies codes against, and the comprehensive metabolic panel and CBC panel that are there have members the engine
 * does not report. All tests of one visit are drawn at the same instant, so formats that group by draw (one ORU^R01
 * per draw) send them together.
 */
final class Labs {

    private static final ObservationCategory LAB = ObservationCategory.LABORATORY;

    private Labs() {
    }

    static void record(Recorder rec, Visit visit, Kidneys kidneys, SplittableRandom random) {
        Chart chart = rec.chart;
        LocalDate date = visit.date();
        int age = chart.age(date);
        String reason = visit.reason == null ? "" : visit.reason.key();
        boolean diabetic = chart.has("diabetes", date);
        boolean lipids = chart.has("hyperlipidemia", date);
        boolean kidney = chart.has("ckd", date);
        Instant at = visit.plusMinutes(15);
        if (visit.encounterClass == EncounterClass.WELLNESS || visit.encounterClass == EncounterClass.AMBULATORY) {
            InrChecks.record(rec, visit, at, random);
        }
        switch (visit.purpose) {
            case WELLNESS -> {
                if (age >= 35 && (diabetic || random.nextDouble() < 0.25) && LabInterval.HBA1C.allows(rec, visit)) {
                    hba1c(rec, visit, at, diabetic, random);
                }
                if (age >= 20 && (lipids || random.nextDouble() < 0.25) && LabInterval.LIPID_PANEL.allows(rec, visit)) {
                    lipidPanel(rec, visit, at, lipids, random);
                }
                if (age >= 35 && (kidney || random.nextDouble() < 0.3) && LabInterval.METABOLIC.allows(rec, visit)) {
                    metabolic(rec, visit, at, diabetic, kidneys, random);
                }
            }
            case DIAGNOSIS, FOLLOW_UP -> {
                if ((reason.equals("diabetes") || (diabetic && random.nextDouble() < 0.5))
                        && LabInterval.HBA1C.allows(rec, visit)) {
                    hba1c(rec, visit, at, diabetic, random);
                }
                if ((reason.equals("hyperlipidemia") || (lipids && random.nextDouble() < 0.3))
                        && LabInterval.LIPID_PANEL.allows(rec, visit)) {
                    lipidPanel(rec, visit, at, lipids, random);
                }
                if ((reason.equals("ckd") || reason.equals("diabetes") || reason.equals("heart_failure")
                        || (reason.equals("hypertension") && random.nextDouble() < 0.5))
                        && LabInterval.METABOLIC.allows(rec, visit)) {
                    metabolic(rec, visit, at, diabetic, kidneys, random);
                }
            }
            case INPATIENT, TERMINAL -> {
                bloodCount(rec, visit, at, random);
                metabolic(rec, visit, at, diabetic, kidneys, random);
            }
            case EMERGENCY -> {
                if (random.nextDouble() < 0.6) {
                    bloodCount(rec, visit, at, random);
                    metabolic(rec, visit, at, diabetic, kidneys, random);
                }
            }
            default -> {
            }
        }
    }

    private static void hba1c(Recorder rec, Visit visit, Instant at, boolean diabetic, SplittableRandom random) {
        double value = diabetic ? Body.clamp(7.4 + 0.9 * Body.gaussian(random), 6.5, 12.0)
                : random.nextDouble() < 0.2 ? 5.7 + 0.7 * random.nextDouble()
                : Body.clamp(5.2 + 0.2 * Body.gaussian(random), 4.3, 5.6);
        orderTest(rec, visit, Loinc.HBA1C, value, 1, "%", at, 4.0, 5.6);
    }

    private static void lipidPanel(Recorder rec, Visit visit, Instant at, boolean high, SplittableRandom random) {
        double hdl = high ? Body.clamp(45 + 8 * Body.gaussian(random), 28, 70)
                : Body.clamp(55 + 12 * Body.gaussian(random), 30, 95);
        double tg = high ? Body.clamp(200 + 45 * Body.gaussian(random), 120, 400)
                : Body.clamp(110 + 30 * Body.gaussian(random), 50, 220);
        double total = high ? 240 + 60 * random.nextDouble() : Body.clamp(180 + 15 * Body.gaussian(random), 130, 235);
        double ldl = Math.max(30, total - hdl - tg / 5);
        String panel = rec.newPanelId();
        Code code = Loinc.LIPID_PANEL;
        rec.observe(visit, LAB, Loinc.CHOLESTEROL, total, 0, "mg/dL", at, null, 199.0, code, panel);
        rec.observe(visit, LAB, Loinc.LDL, ldl, 0, "mg/dL", at, null, 99.0, code, panel);
        rec.observe(visit, LAB, Loinc.HDL, hdl, 0, "mg/dL", at, 40.0, null, code, panel);
        rec.observe(visit, LAB, Loinc.TRIGLYCERIDES, tg, 0, "mg/dL", at, null, 149.0, code, panel);
    }

    private static void metabolic(Recorder rec, Visit visit, Instant at, boolean diabetic, Kidneys kidneys,
            SplittableRandom random) {
        boolean male = rec.chart.demographics.sex() == Sex.MALE;
        LocalDate date = visit.date();
        Optional<LocalDate> ckdSince = rec.chart.has("ckd", date) ? rec.chart.find("ckd").map(d -> d.onset)
                : Optional.empty();
        double glucose = diabetic ? Body.clamp(160 + 35 * Body.gaussian(random), 126, 320)
                : random.nextDouble() < 0.15 ? 100 + random.nextInt(26) : Body.clamp(88 + 6 * Body.gaussian(random),
                70, 99);
        double creatinine = kidneys.creatinine(rec.chart.age(date), ckdSince, date, random);
        double sodium = Body.clamp(140 + 2 * Body.gaussian(random), 135, 146);
        double potassium = Body.clamp(4.2 + 0.3 * Body.gaussian(random), 3.4, 5.3);
        ChildLabRanges glucoseRange = new ChildLabRanges(70, 99);
        ChildLabRanges creatinineRange = male ? new ChildLabRanges(0.7, 1.3) : new ChildLabRanges(0.6, 1.1);
        ChildLabRanges potassiumRange = new ChildLabRanges(3.5, 5.1);
        if (rec.chart.age(date) < 18) {
            long days = ChronoUnit.DAYS.between(rec.chart.birth, date);
            glucoseRange = ChildLabRanges.glucose(days);
            creatinineRange = ChildLabRanges.creatinine(days, male);
            potassiumRange = ChildLabRanges.potassium(days);
            glucose = glucoseRange.draw(random);
            creatinine = creatinineRange.draw(random);
            potassium = potassiumRange.draw(random);
            sodium = new ChildLabRanges(136, 145).draw(random);
        }
        orderTest(rec, visit, Loinc.GLUCOSE, glucose, 0, "mg/dL", at, glucoseRange.low(), glucoseRange.high());
        orderTest(rec, visit, Loinc.CREATININE, creatinine, 2, "mg/dL", at, creatinineRange.low(),
                creatinineRange.high());
        orderTest(rec, visit, Loinc.SODIUM, sodium, 0, "mmol/L", at, 136.0, 145.0);
        orderTest(rec, visit, Loinc.POTASSIUM, potassium, 1, "mmol/L", at, potassiumRange.low(),
                potassiumRange.high());
    }

    private static void bloodCount(Recorder rec, Visit visit, Instant at, SplittableRandom random) {
        boolean male = rec.chart.demographics.sex() == Sex.MALE;
        if (rec.chart.age(visit.date()) < 18) {
            ChildLabRanges range = ChildLabRanges.hemoglobin(ChronoUnit.DAYS.between(rec.chart.birth, visit.date()),
                    male);
            orderTest(rec, visit, Loinc.HEMOGLOBIN, range.draw(random), 1, "g/dL", at, range.low(), range.high());
            return;
        }
        double hb = male ? Body.clamp(14.8 + 1.1 * Body.gaussian(random), 11.5, 18)
                : Body.clamp(13.3 + 1.0 * Body.gaussian(random), 10.5, 16);
        orderTest(rec, visit, Loinc.HEMOGLOBIN, hb, 1, "g/dL", at, male ? 13.8 : 12.1, male ? 17.2 : 15.1);
    }

    /**
     * Records one test as an order of its own: a new panel id and no panel code, so every format names the order by
     * the test's code (OBR-4 in an ORU).
     */
    private static void orderTest(Recorder rec, Visit visit, Code code, double value, int scale, String unit,
            Instant at, Double low, Double high) {
        rec.observe(visit, LAB, code, value, scale, unit, at, low, high, null, rec.newPanelId());
    }
}
