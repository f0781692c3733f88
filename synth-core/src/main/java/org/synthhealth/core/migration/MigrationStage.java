package org.synthhealth.core.migration;

import java.util.List;
import java.util.Locale;

/** The four stages every patient passes through, in order, each made of three sub-stages. */
public enum MigrationStage {
    EXTRACT,
    TRANSFORM,
    VALIDATE,
    LOAD;

    /** The lower-case name used in configuration ({@code success_rates}) and in the JSON report. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The sub-stages of this stage, in the order they run. */
    public List<SubStage> subStages() {
        return SubStage.of(this);
    }
}
