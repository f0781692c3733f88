package org.synthhealth.core.generate.clinical;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Which of a patient's recorded conditions a death certificate reviewer would accept as the underlying cause of death.
 * A condition may raise the risk of dying (see {@link DeathPlanner}) without being a cause a certifier would name.
 *
 * <p>Heart failure, coronary disease and COPD lead: each is a leading cause of death in its own right (diseases of
 * the heart and chronic lower respiratory diseases rank first and among the top six in NCHS, "Deaths: Leading
 * Causes", every year), and when a patient has one of them, it is the cause rather than a lesser condition.
 * Atrial fibrillation and type 2 diabetes are named only when none of those is on the record, and only where they
 * plausibly kill.
 *
 * <p>Never named: chronic kidney disease, which the engine records at stage 3 only, is moderate disease; of patients
 * at stage 3 followed for five years, 24 % died and 1 % reached dialysis or a transplant (Keith et al., Arch Intern
 * Med 2004;164:659), so they die with it, mostly of cardiovascular disease, rather than of it. Nor uncomplicated
 * essential hypertension (I10), which raises the risk of dying through the heart, kidneys and brain but would be the
 * exception as the cause on a certificate. These contribute to the risk; a patient who has nothing else dies of the
 * stand-in pneumonia (or, with pneumonia configured away, is spared by chance).
 */
final class CausesOfDeath {

    /**
     * From this age atrial fibrillation may be the cause. Deaths with atrial fibrillation on the certificate come
     * mostly after 75 (CDC, "Atrial Fibrillation as a Contributing Cause of Death and Medicare Hospitalization, United
     * States, 1999", MMWR 2003;52(7)); it was the underlying cause on only 11.6 % of those certificates in 1998, and
     * ischaemic heart disease was the commonest underlying cause among them (Wattigney, Mensah and Croft, Am J
     * Epidemiol 2002;155:819), which is why coronary disease comes first when both are recorded.
     */
    static final int FIBRILLATION_FROM_AGE = 75;

    /**
     * From this age type 2 diabetes may be the cause. Death rates from diabetes as the underlying cause (ICD-10
     * E10-E14) rise steeply with age: under 10 per 100,000 a year before 45 and above 100 from 75, so that most
     * diabetes deaths come after 65 (NCHS, "Deaths: Final Data for 2019", death rates by age for selected causes).
     * Even then diabetes is the underlying cause on only about a quarter of the certificates that mention it (CDC,
     * "Trends in Diabetes Mellitus Mortality", MMWR, 1970-1985 data): it mostly contributes to cardiovascular deaths.
     */
    static final int DIABETES_FROM_AGE = 65;

    /**
     * The fewest years from the diagnosis of type 2 diabetes to a death it causes. An engine choice rather than a
     * published cut-off: the record codes diabetes without complications (E11.9), and a reviewer accepts it as the
     * underlying cause of a death only when it has had years to damage the kidneys, heart and vessels, not a few
     * years after it was found.
     */
    static final int DIABETES_YEARS = 10;

    private CausesOfDeath() {
    }

    /**
     * The conditions begun by {@code last} that may be given as the cause of a death on {@code death}: the leading
     * ones if the patient has any, else atrial fibrillation and diabetes where age and duration allow; empty when
     * none qualifies. In the record's order, so the choice among them is reproducible.
     */
    static List<Diagnosis> candidates(Chart chart, LocalDate last, LocalDate death) {
        List<Diagnosis> leading = new ArrayList<>();
        List<Diagnosis> lesser = new ArrayList<>();
        for (Diagnosis d : chart.diagnoses) {
            if (!d.definition.chronic() || d.onset.isAfter(last)) {
                continue;
            }
            if (weight(d.key()) > 0 && leads(d.key())) {
                leading.add(d);
            } else if (weight(d.key()) > 0 && lesserCause(chart, d, death)) {
                lesser.add(d);
            }
        }
        return leading.isEmpty() ? lesser : leading;
    }

    /**
     * How often a qualifying condition is chosen over another of its rank: heart failure over coronary disease over
     * COPD, as they weigh on the yearly risk of dying; 0 for a condition never named.
     */
    static double weight(String key) {
        return switch (key) {
            case "heart_failure" -> 5;
            case "heart_disease" -> 4;
            case "copd" -> 3;
            case "diabetes", "atrial_fibrillation" -> 1.5;
            default -> 0;
        };
    }

    private static boolean leads(String key) {
        return key.equals("heart_failure") || key.equals("heart_disease") || key.equals("copd");
    }

    private static boolean lesserCause(Chart chart, Diagnosis d, LocalDate death) {
        int age = chart.age(death);
        return switch (d.key()) {
            case "atrial_fibrillation" -> age >= FIBRILLATION_FROM_AGE;
            case "diabetes" -> age >= DIABETES_FROM_AGE && ChronoUnit.YEARS.between(d.onset, death) >= DIABETES_YEARS;
            default -> false;
        };
    }
}
