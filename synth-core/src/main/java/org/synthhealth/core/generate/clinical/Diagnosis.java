package org.synthhealth.core.generate.clinical;

import java.time.LocalDate;
import java.util.Optional;
import org.synthhealth.core.generate.codes.ConditionDefinition;

/** A condition being planned: onset, resolution and the visit that diagnosed it. */
final class Diagnosis {

    final ConditionDefinition definition;
    LocalDate onset;
    Optional<LocalDate> resolution = Optional.empty();
    Visit diagnosedAt;
    int sequence;
    String id;
    /** The treatment line chosen at diagnosis, and how many of its drugs have been started. */
    java.util.List<org.synthhealth.core.generate.codes.Drug> regimen = java.util.List.of();
    int drugsStarted;
    /**
     * Chosen for treatment, but no drug of its regimen could be given when it was diagnosed (none approved yet, the
     * patient too young for it, or allergic); each later follow-up tries again.
     */
    boolean awaitingDrug;

    Diagnosis(ConditionDefinition definition, LocalDate onset) {
        this.definition = definition;
        this.onset = onset;
    }

    String key() {
        return definition.key();
    }

    /** Whether the condition is present on {@code date}. */
    boolean activeOn(LocalDate date) {
        return !onset.isAfter(date) && resolution.map(r -> r.isAfter(date)).orElse(true);
    }
}
