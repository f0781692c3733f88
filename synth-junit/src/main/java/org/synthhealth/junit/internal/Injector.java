package org.synthhealth.junit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ExtensionContext.Store;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.migration.MigrationResult;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.junit.FixtureFiles;
import org.synthhealth.junit.MigrationSimulation;

/**
 * Produces the value for one injection point: resolves the spec and seed, takes the cohort from the run-wide cache
 * (generating it the first time), and derives bundles, messages, a migration result or fixture files from it.
 *
 * <p>Every method is safe to call from parallel tests.
 */
public final class Injector {

    /** The namespace of every value the extension keeps in extension stores. */
    public static final Namespace NAMESPACE = Namespace.create("org.synthhealth.junit");

    private Injector() {
    }

    /**
     * What to inject.
     *
     * @param target the injection point as a user reads it, for messages
     * @param scope the context whose lifetime the value shares: a test for parameters and instance fields, a class
     *     for static fields
     */
    public record Point(
            String target,
            InjectionKind kind,
            CohortRequest request,
            Optional<MigrationSimulation> migration,
            Optional<FixtureFiles> fixtures,
            ExtensionContext scope,
            ClassLoader loader) {
    }

    /** The value for {@code point}. */
    public static Object provide(Point point) {
        List<String> formats = point.fixtures().map(f -> Exports.validate(f.formats())).orElse(List.of());
        CohortSpec unseeded = SpecFactory.unseeded(point.request(), point.loader());
        Store scopeStore = point.scope().getStore(NAMESPACE);
        Seeds.Resolved seed = Seeds.resolve(point.request().seed(),
                () -> scopeStore.getOrComputeIfAbsent(new DrawnSeedKey(unseeded), k -> Seeds.draw(), Long.class));
        CohortSpec spec = unseeded.toBuilder().seed(seed.seed()).build();
        seedReport(point.scope()).add(new SeedReport.Entry(point.target(), seed,
                point.request().annotationWithSeed(spec.numRecords(), seed.seed())));

        CohortCache cache = cache(point.scope());
        Cohort cohort = cache.get(new CohortKey(spec), Cohort.class, () -> Generation.generate(spec));
        return switch (point.kind()) {
            case COHORT -> cohort;
            case FHIR_BUNDLES -> cohort.fhirBundles();
            case HL7_MESSAGES -> cohort.adtMessages();
            case MIGRATION_RESULT -> remember(point.scope(),
                    Migrations.run(cache, cohort, point.migration().orElseThrow()));
            case FIXTURE_DIRECTORY -> fixtureDirectory(point.scope(), cohort, formats);
        };
    }

    /** The seed report of a context, created on first use. */
    public static SeedReport seedReport(ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(SeedReport.class, k -> new SeedReport(),
                SeedReport.class);
    }

    /** The seed report of a context if it has one, without creating it. */
    public static Optional<SeedReport> existingSeedReport(ExtensionContext context) {
        return Optional.ofNullable(context.getStore(NAMESPACE).get(SeedReport.class, SeedReport.class));
    }

    /** The fixture directories a context owns. */
    public static List<FixtureDirectory> fixtureDirectories(ExtensionContext context) {
        FixtureDirectories owned = context.getStore(NAMESPACE).get(FixtureDirectories.class, FixtureDirectories.class);
        return owned == null ? List.of() : owned.all();
    }

    /** The migration results a context injected, for the dashboard written when its test fails. */
    public static List<MigrationResult> migrationResults(ExtensionContext context) {
        MigrationResults owned = context.getStore(NAMESPACE).get(MigrationResults.class, MigrationResults.class);
        return owned == null ? List.of() : owned.all();
    }

    private static MigrationResult remember(ExtensionContext scope, MigrationResult result) {
        scope.getStore(NAMESPACE).getOrComputeIfAbsent(MigrationResults.class, k -> new MigrationResults(),
                MigrationResults.class).add(result);
        return result;
    }

    /** The run-wide cache, in the root store so it is closed when the run ends. */
    public static CohortCache cache(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(CohortCache.class,
                k -> CohortCache.fromSystemProperties(), CohortCache.class);
    }

    private static Object fixtureDirectory(ExtensionContext scope, Cohort cohort, List<String> formats) {
        FixtureDirectory directory = FixtureDirectory.create();
        Store store = scope.getStore(NAMESPACE);
        store.put(directory.path(), directory);
        store.getOrComputeIfAbsent(FixtureDirectories.class, k -> new FixtureDirectories(), FixtureDirectories.class)
                .add(directory);
        Exports.write(cohort, formats, directory.path());
        return directory.path();
    }

    /** The key of a cohort in the cache: its complete spec, seed included. */
    private record CohortKey(CohortSpec spec) {
    }

    /** The key of the seed drawn for one unseeded spec within one scope, so all its injections share a cohort. */
    private record DrawnSeedKey(CohortSpec unseeded) {
    }

    /** The fixture directories of one context, found again when its test fails. */
    private static final class FixtureDirectories {

        private final List<FixtureDirectory> directories = new ArrayList<>();

        synchronized void add(FixtureDirectory directory) {
            directories.add(directory);
        }

        synchronized List<FixtureDirectory> all() {
            return List.copyOf(directories);
        }
    }

    /** The migration results of one context. */
    private static final class MigrationResults {

        private final List<MigrationResult> results = new ArrayList<>();

        synchronized void add(MigrationResult result) {
            results.add(result);
        }

        synchronized List<MigrationResult> all() {
            return List.copyOf(results);
        }
    }
}
