package org.synthhealth.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.synthhealth.core.AgeBand;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.generate.codes.ConditionCatalogue;
import org.synthhealth.core.generate.codes.ConditionDefinition;
import org.synthhealth.core.model.Patient;

/**
 * Counts, for each {@code condition_prevalence} override of a chronic condition, the adults who have it, so a report
 * shows the configured share beside the realised one. Adults are those 18 or over on the reference date, the
 * population the engine meets an override over.
 */
final class PrevalenceOverrides {


    private final CohortSpec spec;
    private final List<String> keys;
    private final long[] counts;
    private long adults;

    PrevalenceOverrides(CohortSpec spec) {
        this.spec = spec;
        // An acute override is a yearly visit rate, not a share of patients, so it has no realised share to show.
        this.keys = spec.conditionPrevalence().keySet().stream()
                .filter(key -> ConditionCatalogue.byKey(key).map(ConditionDefinition::chronic).orElse(false))
                .sorted().toList();
        this.counts = new long[keys.size()];
    }

    void add(Patient patient) {
        if (keys.isEmpty() || patient.ageOn(spec.referenceDate()) < AgeBand.ADULT) {
            return;
        }
        adults++;
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            if (patient.conditions().stream().anyMatch(c -> c.key().equals(key))) {
                counts[i]++;
            }
        }
    }

    /** The overrides beside the realised shares; empty when the spec overrides nothing. */
    Optional<DistributionComparison> comparison() {
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        List<Double> configured = new ArrayList<>();
        List<Double> realised = new ArrayList<>();
        List<Long> patients = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            configured.add(spec.conditionPrevalence().get(keys.get(i)));
            realised.add(adults == 0 ? 0.0 : (double) counts[i] / adults);
            patients.add(counts[i]);
        }
        return Optional.of(new DistributionComparison("condition_prevalence (adults)", keys, configured, realised,
                patients, adults));
    }
}
