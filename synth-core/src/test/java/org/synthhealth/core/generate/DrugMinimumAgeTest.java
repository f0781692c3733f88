package org.synthhealth.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.model.Medication;
import org.synthhealth.core.model.Patient;

/**
 * No drug starts below the youngest age its label (or the catalogue's fixed dose) allows. Ages are written out here
 * rather than read from the engine, so that a wrong age there still fails; drugs not listed are for adults.
 */
class DrugMinimumAgeTest {

    private static final Map<String, Integer> MIN_AGE = Map.ofEntries(
            Map.entry("2123111", 4),   // albuterol HFA: labelled from 4 years
            Map.entry("895994", 4),    // fluticasone propionate 44 mcg HFA: labelled from 4 years
            Map.entry("198145", 12),   // prednisone 40 mg burst: younger children are dosed by weight
            Map.entry("308191", 12),   // amoxicillin capsule: younger children take the suspension
            Map.entry("308460", 12),   // azithromycin tablet
            Map.entry("1648755", 12),  // nitrofurantoin monohydrate/macrocrystals: labelled from 12 years
            Map.entry("198335", 12),   // trimethoprim-sulfamethoxazole double-strength tablet: the adult dose
            Map.entry("308189", 0),    // amoxicillin suspension: limits in months below
            Map.entry("141963", 0),    // azithromycin suspension
            Map.entry("309113", 0),    // cephalexin suspension
            Map.entry("313134", 0),    // trimethoprim-sulfamethoxazole suspension
            Map.entry("312941", 12),   // sertraline
            Map.entry("349332", 12));  // escitalopram

    @Test
    void noDrugStartsBelowItsMinimumAge() {
        long checked = 0;
        for (Patient p : SampleCohort.patients()) {
            for (Medication m : p.medications()) {
                int min = MIN_AGE.getOrDefault(m.rxnorm().code(), 18);
                checked++;

                assertThat(p.ageOn(m.startDate())).as("age at %s of %s (seed %d)", m.name(), p.id(),
                        SampleCohort.SPEC.seed().orElseThrow()).isGreaterThanOrEqualTo(min);
            }
        }
        assertThat(checked).as("medications").isGreaterThan(1_000);
    }

    /**
     * The suspensions' limits in months: amoxicillin for pneumonia (twice daily) from 3 months, the age the IDSA/PIDS
     * guideline starts at; azithromycin from 6 months for pneumonia (the dose with a larger first day) and from 2
     * years for pharyngitis, as labelled; trimethoprim-sulfamethoxazole from 2 months, as labelled.
     */
    @Test
    void noSuspensionStartsBelowItsYoungestAgeInMonths() {
        long checked = 0;
        for (Patient p : SampleCohort.patients()) {
            for (Medication m : p.medications()) {
                long months = ChronoUnit.MONTHS.between(p.demographics().birthDate(), m.startDate());
                int min = switch (m.rxnorm().code()) {
                    case "308189" -> m.frequency().equals("twice daily") ? 3 : 0;
                    case "141963" -> m.dosage().contains("on day 1") ? 6 : 24;
                    case "313134" -> 2;
                    default -> -1;
                };
                if (min < 0) {
                    continue;
                }
                checked++;

                assertThat(months).as("age in months at %s '%s' of patient %d", m.name(), m.dosage(), p.index())
                        .isGreaterThanOrEqualTo(min);
            }
        }
        assertThat(checked).as("suspensions with a limit in months").isGreaterThan(100);
    }
}
