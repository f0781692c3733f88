package org.synthhealth.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.model.Medication;
import org.synthhealth.core.model.Observation;
import org.synthhealth.core.model.Patient;

/**
 * A child's antibiotic suspension is dosed by the weight taken at the visit that prescribes it: each dose is the
 * guideline's mg/kg for that weight, no more than the adult maximum, and written as mg and as the mL of the
 * suspension that holds them (measured to 0.1 mL below 10 mL, to 0.5 mL from 10 mL). The rules are written out here
 * rather than read from the engine, so that a wrong rule there still fails.
 */
class ChildDoseTest {

    private static final String WEIGHT = "29463-7";
    private static final Pattern DOSE = Pattern.compile("([0-9.]+) mg \\(([0-9.]+) mL\\)");

    /** One dose rule: which prescriptions it covers, and mg per kg, the most mg and the mg per mL of each dose. */
    private record Rule(String rxcui, String frequency, boolean loading, double mgPerKg, double maxMg,
            double mgPerMl) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("308189", "once daily", false, 50, 1000, 80),     // strep throat, IDSA 2012
            new Rule("308189", "twice daily", false, 45, 2000, 80),    // pneumonia, IDSA/PIDS 2011: 90 mg/kg/day
            new Rule("141963", "once daily", false, 12, 500, 40),      // strep throat, penicillin allergy
            new Rule("141963", "once daily", true, 10, 500, 40),       // pneumonia, day 1 (then 5 mg/kg, max 250)
            new Rule("309113", "every 6 hours", false, 12.5, 500, 50), // UTI, AAP 2011: 50 mg/kg/day
            new Rule("313134", "twice daily", false, 4, 160, 8));      // UTI, trimethoprim 8 mg/kg/day

    @Test
    void everySuspensionDoseFollowsItsMgPerKgRuleUnderTheAdultMaximum() {
        long checked = 0;
        List<String> wrong = new ArrayList<>();
        for (Patient p : SampleCohort.patients()) {
            for (Medication m : p.medications()) {
                Optional<Rule> rule = ruleFor(m);
                if (rule.isEmpty()) {
                    continue;
                }
                checked++;
                Optional<Double> weight = weightAt(p, m.encounterId());
                assertThat(weight).as("weight at the visit prescribing %s to patient %d", m.name(), p.index())
                        .isPresent();
                List<double[]> doses = doses(m.dosage());
                assertThat(doses).as("doses in %s", m.dosage()).hasSize(rule.get().loading() ? 2 : 1);
                checkDose(doses.get(0), weight.get(), rule.get().mgPerKg(), rule.get().maxMg(), rule.get(), p, m,
                        wrong);
                if (rule.get().loading()) {
                    checkDose(doses.get(1), weight.get(), 5, 250, rule.get(), p, m, wrong);
                }
            }
        }
        assertThat(wrong).as("doses off their rule (seed %d)", SampleCohort.SPEC.seed().orElseThrow()).isEmpty();
        assertThat(checked).as("weight-based prescriptions").isGreaterThan(500);
    }

    @Test
    void noChildFromTwelveIsGivenASuspension() {
        for (Patient p : SampleCohort.patients()) {
            for (Medication m : p.medications()) {
                if (ruleFor(m).isPresent()) {
                    assertThat(p.ageOn(m.startDate())).as("age at %s of patient %d", m.name(), p.index())
                            .isLessThan(12);
                }
            }
        }
    }

    /**
     * Adds a line to {@code wrong} unless the mg are the mL times the concentration, and lie within rounding of
     * {@code mgPerKg} times the weight capped at {@code maxMg}, never above the cap.
     */
    private static void checkDose(double[] dose, double weight, double mgPerKg, double maxMg, Rule rule, Patient p,
            Medication m, List<String> wrong) {
        double mg = dose[0];
        double ml = dose[1];
        double step = ml >= 9.9 ? 0.5 : 0.1;
        double wanted = Math.min(mgPerKg * weight, maxMg);
        boolean matchesVolume = Math.abs(mg - ml * rule.mgPerMl()) < 0.01;
        boolean nearRule = mg >= wanted - step * rule.mgPerMl() - 0.01
                && mg <= wanted + step / 2 * rule.mgPerMl() + 0.01;
        if (!matchesVolume || !nearRule || mg > maxMg + 0.01) {
            wrong.add(m.name() + " '" + m.dosage() + " " + m.frequency() + "' for " + weight + " kg (patient "
                    + p.index() + "): wanted " + wanted + " mg");
        }
    }

    private static Optional<Rule> ruleFor(Medication m) {
        boolean loading = m.dosage().contains("on day 1");
        return RULES.stream().filter(r -> r.rxcui().equals(m.rxnorm().code()) && r.frequency().equals(m.frequency())
                && r.loading() == loading).findFirst();
    }

    private static Optional<Double> weightAt(Patient p, String encounterId) {
        return p.observations().stream().filter(o -> o.encounterId().equals(encounterId)
                && o.code().code().equals(WEIGHT)).map(Observation::value).map(BigDecimal::doubleValue).findFirst();
    }

    private static List<double[]> doses(String text) {
        List<double[]> doses = new ArrayList<>();
        Matcher matcher = DOSE.matcher(text);
        while (matcher.find()) {
            doses.add(new double[] {Double.parseDouble(matcher.group(1)), Double.parseDouble(matcher.group(2))});
        }
        return doses;
    }
}
