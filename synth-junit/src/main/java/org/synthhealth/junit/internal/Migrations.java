package org.synthhealth.junit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.CohortSpecBuilder;
import org.synthhealth.core.DataQuality;
import org.synthhealth.core.InvalidInputException;
import org.synthhealth.core.MigrationSettings;
import org.synthhealth.core.MigrationStrategy;
import org.synthhealth.core.migration.MigrationResult;
import org.synthhealth.core.migration.MigrationSimulator;
import org.synthhealth.junit.MigrationSimulation;

/** Runs the migration simulation an injection point asks for, once per cohort and settings. */
final class Migrations {

    private Migrations() {
    }

    /** The migration result of {@code cohort} under the settings of {@code annotation}, from the run-wide cache. */
    static MigrationResult run(CohortCache cache, Cohort cohort, MigrationSimulation annotation) {
        CohortSpec spec = settings(cohort.spec(), annotation);
        return cache.get(new MigrationKey(spec, cohort.seed()), MigrationResult.class, () -> simulate(spec, cohort));
    }

    /** The cohort's spec with the annotation's settings over the config's (or the user guide's defaults). */
    static CohortSpec settings(CohortSpec spec, MigrationSimulation a) {
        CohortSpecBuilder builder = spec.toBuilder();
        strategy(a.strategy()).ifPresent(builder::migrationStrategy);
        if (a.batchSize() != -1) {
            builder.batchSize(a.batchSize());
        }
        if (a.concurrentWorkers() != -1) {
            builder.concurrentWorkers(a.concurrentWorkers());
        }
        MigrationSettings base = spec.migrationSettings();
        Map<String, Double> rates = new LinkedHashMap<>(base.successRates());
        put(rates, "extract", a.extractSuccessRate());
        put(rates, "transform", a.transformSuccessRate());
        put(rates, "validate", a.validateSuccessRate());
        put(rates, "load", a.loadSuccessRate());
        builder.migrationSettings(new MigrationSettings(base.sourceSystem(), base.targetSystem(), rates,
                or(a.networkFailureRate(), base.networkFailureRate()),
                or(a.systemOverloadRate(), base.systemOverloadRate()),
                or(a.dataCorruptionRate(), base.dataCorruptionRate()), base.options()));
        DataQuality quality = spec.dataQuality();
        builder.dataQuality(new DataQuality(or(a.minimumQualityScore(), quality.minimumQualityScore()),
                or(a.qualityDegradationRate(), quality.qualityDegradationRate()), quality.validationStrictness()));
        return builder.simulateMigration(true).build();
    }

    private static MigrationResult simulate(CohortSpec spec, Cohort cohort) {
        Path dir;
        try {
            dir = Files.createTempDirectory("synth-migration-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a directory for the migration target", e);
        }
        try {
            return MigrationSimulator.forSpec(spec).outputDir(dir).build().run(cohort);
        } finally {
            delete(dir);
        }
    }

    /** The one strategy the annotation names, if any; the attribute is an array only so that it can be left out. */
    private static Optional<MigrationStrategy> strategy(MigrationStrategy[] given) {
        if (given.length > 1) {
            throw new InvalidInputException("@MigrationSimulation(strategy = " + Arrays.stream(given)
                    .map(s -> "MigrationStrategy." + s.name()).collect(Collectors.joining(", ", "{", "}"))
                    + "): several strategies given; name one, or leave strategy out to use the config's "
                    + "migration_strategy");
        }
        return Arrays.stream(given).findFirst();
    }

    private static void put(Map<String, Double> rates, String stage, double value) {
        if (value != MigrationSimulation.UNSET) {
            rates.put(stage, value);
        }
    }

    private static double or(double value, double fallback) {
        return value == MigrationSimulation.UNSET ? fallback : value;
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // The result is already in memory; a leftover temporary database only costs disk space.
        }
    }

    /** The key of a migration result in the cache. */
    private record MigrationKey(CohortSpec spec, long seed) {
    }
}
