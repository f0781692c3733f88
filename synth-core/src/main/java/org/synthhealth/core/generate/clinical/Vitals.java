package org.synthhealth.core.generate.clinical;

import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.synthhealth.core.generate.codes.Loinc;
import org.synthhealth.core.model.ObservationCategory;

/**
 * Vital signs taken at a visit, as a clinic records them: birth weight and length (height) alone in the birth stay;
 * height, weight, BMI, blood pressure and pulse at wellness visits, at the visit that diagnoses obesity (a BMI is what
 * diagnoses it) and at every later visit that weighs a patient with obesity (its management is judged by BMI); weight,
 * blood pressure and pulse at other diagnosis and follow-up visits (with oxygen saturation for lung and heart failure
 * patients); the full set including temperature, breathing rate and oxygen saturation at acute, emergency and
 * inpatient visits, where at an acute visit only a child is weighed (a child's antibiotic is dosed by weight, an
 * adult's is not). Values are plausible for age and sex: growth by age for children, blood pressure from age 3 and in
 * the hypertensive range only for hypertensive adults (at the diagnosing visit at least the threshold of its era),
 * fever with infections, lower oxygen saturation with COPD and pneumonia, and a BMI that agrees with height, weight
 * and an obesity diagnosis.
 */
final class Vitals {

    private static final ObservationCategory VITAL = ObservationCategory.VITAL_SIGNS;

    private Vitals() {
    }

    static void record(Recorder rec, Visit visit, Body body, SplittableRandom random) {
        Purpose p = visit.purpose;
        if (p == Purpose.VACCINATION || p == Purpose.SCREENING) {
            return;
        }
        Chart chart = rec.chart;
        LocalDate date = visit.date();
        double age = chart.ageYears(date);
        Instant at = visit.plusMinutes(5);
        boolean hospital = p == Purpose.EMERGENCY || p == Purpose.INPATIENT || p == Purpose.TERMINAL;
        // A sick child is weighed at every visit, since the antibiotics a child may leave with are dosed by weight.
        if (p != Purpose.ACUTE || age < GrowthCharts.ADULT) {
            boolean growth = p == Purpose.WELLNESS || p == Purpose.BIRTH || hospital || diagnoses(visit, "obesity")
                    || chart.has("obesity", date);
            double height = body.height(age);
            double sinceObesity = chart.find("obesity").map(d -> age - chart.ageYears(d.onset)).orElse(Double.NaN);
            double bmi = body.bmi(age, sinceObesity, Body.dayToDay(random));
            double weight = bmi * height * height / 10000;
            if (growth) {
                rec.observe(visit, VITAL, Loinc.HEIGHT, height, 1, "cm", at, null, null, null, null);
            }
            rec.observe(visit, VITAL, Loinc.WEIGHT, weight, 1, "kg", at, null, null, null, null);
            if (growth && age >= 2) {
                double h = Math.round(height * 10) / 1000.0;
                double w = Math.round(weight * 10) / 10.0;
                rec.observe(visit, VITAL, Loinc.BMI, w / (h * h), 1, "kg/m2", at, null, null, null, null);
            }
        }
        if (p == Purpose.BIRTH) {
            // Pulse, breathing and saturation are still settling minutes after birth; adult-style readings then would
            // mislead, so the birth stay charts the birth weight and length alone.
            return;
        }
        if (age >= 3) {
            int[] bp = body.bloodPressure(age, age >= 18 && chart.has("hypertension", date), random);
            if (diagnoses(visit, "hypertension")) {
                bp = HypertensionThreshold.on(date).raise(bp);
            }
            String panelId = rec.newPanelId();
            rec.observe(visit, VITAL, Loinc.SYSTOLIC, bp[0], 0, "mm[Hg]", at, null, null, Loinc.BP_PANEL, panelId);
            rec.observe(visit, VITAL, Loinc.DIASTOLIC, bp[1], 0, "mm[Hg]", at, null, null, Loinc.BP_PANEL, panelId);
        }
        Exacerbation flare = Exacerbation.of(visit, hospital);
        boolean fibrillation = chart.has("atrial_fibrillation", date);
        rec.observe(visit, VITAL, Loinc.HEART_RATE, flare != null ? Exacerbation.pulse(age, fibrillation, random)
                : heartRate(age, fibrillation, random), 0, "/min", at, null, null, null, null);
        boolean breathing = chart.has("copd", date) || chart.has("heart_failure", date) || chart.has("asthma", date);
        if (hospital || p == Purpose.ACUTE) {
            rec.observe(visit, VITAL, Loinc.RESPIRATORY_RATE, flare != null ? Exacerbation.breathing(age, random)
                    : respiratoryRate(age, random), 0, "/min", at, null, null, null, null);
            boolean infection = visit.reason != null && !visit.reason.definition.chronic()
                    && !visit.reason.key().equals("uti");
            double temperature = infection && random.nextDouble() < feverChance(visit.reason.key(), age)
                    ? 37.8 + 1.6 * random.nextDouble()
                    : Body.clamp(36.8 + 0.25 * Body.gaussian(random), 36.1, 37.4);
            rec.observe(visit, VITAL, Loinc.TEMPERATURE, temperature, 1, "Cel", at, null, null, null, null);
        }
        if (hospital || p == Purpose.ACUTE || (p == Purpose.FOLLOW_UP && breathing)) {
            double spo2;
            if (flare != null) {
                spo2 = flare.saturation(random);
            } else if (visit.reason != null && visit.reason.key().equals("pneumonia")) {
                spo2 = 88 + random.nextInt(7);
            } else if (chart.has("copd", date)) {
                spo2 = 90 + random.nextInt(6);
            } else {
                spo2 = 95 + random.nextInt(6);
            }
            rec.observe(visit, VITAL, Loinc.SPO2, spo2, 0, "%", at, null, null, null, null);
        }
    }

    /** Whether the visit is the one at which the condition with this key was diagnosed. */
    private static boolean diagnoses(Visit visit, String key) {
        return visit.reason != null && visit.reason.diagnosedAt == visit && visit.reason.key().equals(key);
    }

    /**
     * How often an infection brings a fever (38 °C or more) to the visit: seldom for an adult's cold, sometimes for
     * sinusitis or a sore throat, usually for strep throat and pneumonia.
     */
    private static double feverChance(String infection, double age) {
        return switch (infection) {
            case "common_cold" -> age < 5 ? 0.35 : 0.05;
            case "sinusitis" -> 0.2;
            case "pharyngitis" -> 0.3;
            case "strep_throat" -> 0.7;
            case "pneumonia" -> 0.85;
            case "covid19" -> 0.5;
            default -> 0.6;
        };
    }

    private static double heartRate(double age, boolean fibrillation, SplittableRandom random) {
        if (fibrillation && age >= 18) {
            return 70 + random.nextInt(50);
        }
        if (age < 1) {
            return 110 + random.nextInt(51);
        } else if (age < 6) {
            return 85 + random.nextInt(41);
        } else if (age < 13) {
            return 70 + random.nextInt(41);
        }
        return Body.clamp(74 + 9 * Body.gaussian(random), 55, 100);
    }

    private static double respiratoryRate(double age, SplittableRandom random) {
        if (age < 1) {
            return 30 + random.nextInt(21);
        } else if (age < 6) {
            return 22 + random.nextInt(13);
        } else if (age < 13) {
            return 18 + random.nextInt(9);
        }
        return 12 + random.nextInt(9);
    }
}
