package org.synthhealth.core.generate.clinical;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.synthhealth.core.generate.codes.Snomed;
import org.synthhealth.core.model.Allergy;
import org.synthhealth.core.model.AllergyCategory;
import org.synthhealth.core.model.Code;

/**
 * Allergies: about one patient in five has one, some two. Each is recorded at the first visit from age one (food
 * allergies show in childhood), with a reaction fitting the substance; anaphylaxis is always severe. Chosen before
 * any prescription so that a penicillin or sulfonamide allergy steers the choice of drug.
 */
final class Allergies {

    private record Substance(Code code, AllergyCategory category, double weight) {
    }

    private static final List<Substance> SUBSTANCES = List.of(
            new Substance(Snomed.PENICILLIN, AllergyCategory.MEDICATION, 0.30),
            new Substance(Snomed.SULFONAMIDE, AllergyCategory.MEDICATION, 0.10),
            new Substance(Snomed.PEANUT, AllergyCategory.FOOD, 0.12),
            new Substance(Snomed.SHELLFISH, AllergyCategory.FOOD, 0.10),
            new Substance(Snomed.EGG, AllergyCategory.FOOD, 0.05),
            new Substance(Snomed.LATEX, AllergyCategory.ENVIRONMENT, 0.05),
            new Substance(Snomed.GRASS_POLLEN, AllergyCategory.ENVIRONMENT, 0.18),
            new Substance(Snomed.CAT_DANDER, AllergyCategory.ENVIRONMENT, 0.10));

    private Allergies() {
    }

    /** Chooses the patient's allergies; they are written by {@link #record} once visits have ids. */
    static List<Code> choose(Chart chart, SplittableRandom random) {
        double u = random.nextDouble();
        int count = u < 0.04 ? 2 : u < 0.20 ? 1 : 0;
        List<Code> chosen = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double pick = random.nextDouble();
            for (Substance s : SUBSTANCES) {
                pick -= s.weight();
                if (pick < 0) {
                    if (!chosen.contains(s.code())) {
                        chosen.add(s.code());
                    }
                    break;
                }
            }
        }
        chart.allergies = List.copyOf(chosen);
        return chosen;
    }

    static void record(Recorder rec, List<Code> substances, List<Visit> visits, SplittableRandom random) {
        if (substances.isEmpty()) {
            return;
        }
        Visit at = null;
        for (Visit v : visits) {
            if (rec.chart.ageYears(v.date()) >= 1) {
                at = v;
                break;
            }
        }
        if (at == null) {
            return;
        }
        for (Code code : substances) {
            Substance s = SUBSTANCES.stream().filter(x -> x.code().equals(code)).findFirst().orElseThrow();
            Code reaction;
            String severity;
            double u = random.nextDouble();
            if (s.category() != AllergyCategory.ENVIRONMENT && u < 0.08) {
                reaction = Snomed.ANAPHYLAXIS;
                severity = "severe";
            } else if (s.category() == AllergyCategory.ENVIRONMENT && !code.equals(Snomed.LATEX)) {
                reaction = u < 0.6 ? Snomed.COUGH : Snomed.DYSPNEA;
                severity = u < 0.8 ? "mild" : "moderate";
            } else {
                reaction = u < 0.55 ? Snomed.URTICARIA : Snomed.SKIN_ERUPTION;
                severity = u < 0.75 ? "mild" : "moderate";
            }
            rec.allergies.add(new Allergy(rec.id(Recorder.ALLERGY, rec.allergies.size()), rec.chart.patientId, at.id,
                    code, s.category(), reaction, severity, at.date()));
        }
    }
}
