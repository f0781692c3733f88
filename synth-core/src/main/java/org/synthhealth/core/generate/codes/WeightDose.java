package org.synthhealth.core.generate.codes;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * How one oral suspension is dosed by weight: mg per kg for each dose, never more than the adult dose, given as the
 * volume of suspension that holds it. A parent measures the volume, so the volume is what is rounded: to 0.1 mL below
 * 10 mL (a 5 or 10 mL oral syringe), to 0.5 mL from 10 mL, and down rather than up where rounding up would pass the
 * adult dose. The mg written are those the rounded volume holds, so mg and mL always agree.
 *
 * <pre>{@code
 * WeightDoses.of(Drugs.AMOXICILLIN_SUSPENSION_PHARYNGITIS).get().text(new BigDecimal("18.4"));  // 920 mg (11.5 mL)
 * }</pre>
 *
 * @param mgPerKg mg of each dose per kg of body weight
 * @param maxMg the most mg of one dose: the adult dose
 * @param mgPerMl the suspension's strength in mg per mL of the ingredient the dose counts
 * @param ingredient the ingredient the mg count, named before them, for a suspension of two; empty otherwise
 * @param fromMonths the youngest age in months the dose is given at
 * @param later the dose from day 2 when day 1 takes a larger one; empty when every dose is the same
 */
public record WeightDose(double mgPerKg, int maxMg, BigDecimal mgPerMl, String ingredient, int fromMonths,
        Optional<WeightDose> later) {

    /** The dosage text for a child weighing {@code weightKg}, for example {@code 400 mg (5 mL)}. */
    public String text(BigDecimal weightKg) {
        String first = one(weightKg);
        return later.map(rest -> first + " on day 1, then " + rest.one(weightKg)).orElse(first);
    }

    private String one(BigDecimal weightKg) {
        double wanted = Math.min(mgPerKg * weightKg.doubleValue(), maxMg);
        double ml = wanted / mgPerMl.doubleValue();
        long tenthStep = ml < 10 ? 1 : 5;
        long tenths = Math.round(ml * 10 / tenthStep) * tenthStep;
        if (mgOf(tenths).compareTo(BigDecimal.valueOf(maxMg)) > 0) {
            tenths -= tenthStep;
        }
        String prefix = ingredient.isEmpty() ? "" : ingredient + " ";
        return prefix + plain(mgOf(tenths)) + " mg (" + plain(BigDecimal.valueOf(tenths, 1)) + " mL)";
    }

    private BigDecimal mgOf(long tenthsOfMl) {
        return BigDecimal.valueOf(tenthsOfMl, 1).multiply(mgPerMl);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
