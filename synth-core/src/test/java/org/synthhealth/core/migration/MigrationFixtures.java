package org.synthhealth.core.migration;

import java.nio.file.Path;
import java.util.Map;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.CohortSpecBuilder;
import org.synthhealth.core.DataQuality;
import org.synthhealth.core.MigrationSettings;
import org.synthhealth.core.MigrationStrategy;

/** Specs and cohorts shared by the migration tests. */
final class MigrationFixtures {

    static final long SEED = 20_260_101L;

    private MigrationFixtures() {
    }

    /** A spec with every fault switched off and every stage succeeding. */
    static CohortSpecBuilder clean(int patients, MigrationStrategy strategy) {
        return CohortSpec.builder().patients(patients).seed(SEED).migrationStrategy(strategy).batchSize(25)
                .concurrentWorkers(4)
                .dataQuality(new DataQuality(0.85, 0.0, "high"))
                .migrationSettings(settings(1.0, 1.0, 1.0, 1.0, 0, 0, 0));
    }

    static MigrationSettings settings(double extract, double transform, double validate, double load,
            double network, double overload, double corruption) {
        return settings(extract, transform, validate, load, network, overload, corruption, Map.of());
    }

    static MigrationSettings settings(double extract, double transform, double validate, double load,
            double network, double overload, double corruption, Map<String, Object> options) {
        return new MigrationSettings("vista", "oracle_health",
                Map.of("extract", extract, "transform", transform, "validate", validate, "load", load),
                network, overload, corruption, options);
    }

    static MigrationResult migrate(CohortSpec spec, Path dir) {
        Cohort cohort = Cohort.generate(spec);
        return MigrationSimulator.forSpec(spec).outputDir(dir).build().run(cohort);
    }
}
