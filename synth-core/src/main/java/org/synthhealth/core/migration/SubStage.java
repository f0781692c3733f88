package org.synthhealth.core.migration;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** One step inside a {@link MigrationStage}, as the user guide names them. */
public enum SubStage {
    CONNECT(MigrationStage.EXTRACT),
    QUERY(MigrationStage.EXTRACT),
    EXPORT(MigrationStage.EXTRACT),
    PARSE(MigrationStage.TRANSFORM),
    MAP(MigrationStage.TRANSFORM),
    STANDARDISE(MigrationStage.TRANSFORM),
    SCHEMA_CHECK(MigrationStage.VALIDATE),
    BUSINESS_RULES(MigrationStage.VALIDATE),
    DATA_INTEGRITY(MigrationStage.VALIDATE),
    STAGING(MigrationStage.LOAD),
    PRODUCTION(MigrationStage.LOAD),
    VERIFICATION(MigrationStage.LOAD);

    private final MigrationStage stage;

    SubStage(MigrationStage stage) {
        this.stage = stage;
    }

    /** The stage this step belongs to. */
    public MigrationStage stage() {
        return stage;
    }

    /** The lower-case name used in the JSON report, for example {@code schema_check}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static List<SubStage> of(MigrationStage stage) {
        return Arrays.stream(values()).filter(s -> s.stage == stage).toList();
    }
}
