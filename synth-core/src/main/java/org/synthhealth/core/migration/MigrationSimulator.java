package org.synthhealth.core.migration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.InvalidInputException;
import org.synthhealth.core.format.FixtureWriter;
import org.synthhealth.core.format.vista.VistaFormat;
import org.synthhealth.core.migration.internal.extract.GtmVistaSource;
import org.synthhealth.core.migration.internal.extract.SourceIndex;
import org.synthhealth.core.migration.internal.extract.VistaSource;
import org.synthhealth.core.migration.internal.load.JdbcPasswordMask;
import org.synthhealth.core.migration.internal.run.MigrationDriver;
import org.synthhealth.core.migration.internal.run.SourceCohort;
import org.synthhealth.core.model.Patient;
import org.synthhealth.core.report.Plural;

/**
 * Simulates a VistA to Oracle Health migration of a cohort, for real: the cohort is written as VistA globals, read
 * back (or read from a live GT.M database holding them, see {@link GtmSource}), transformed, validated and loaded into
 * a JDBC target, with faults injected as the spec's
 * {@code migration_settings}, {@code data_quality} and {@code error_patterns} ask, then reconciled with the cohort.
 *
 * <pre>{@code
 * Cohort cohort = Cohort.generate(spec);
 * MigrationResult result = MigrationSimulator.forSpec(spec)
 *         .outputDir(Path.of("target/migration"))
 *         .build()
 *         .run(cohort);
 * }</pre>
 *
 * <p>The result depends only on the patients, the seed and the settings: not on real time, threads or the machine.
 * The default target is an embedded H2 database {@code oracle_health_target} in the output directory; its tables are
 * recreated on every run. Not thread-safe: run one migration per target at a time.
 */
public final class MigrationSimulator {

    /**
     * The name of the default H2 target in the output directory; H2 stores it in {@code oracle_health_target.mv.db}
     * (and its log in {@code .trace.db}).
     */
    public static final String DEFAULT_TARGET = "oracle_health_target";

    private static final Logger LOG = LoggerFactory.getLogger("org.synthhealth.migration");

    private final CohortSpec spec;
    private final MigrationParameters parameters;
    private final Path outputDir;
    private final Optional<String> jdbcUrl;
    private final Optional<Path> source;
    private final Optional<GtmSource> gtm;

    private MigrationSimulator(Builder builder) {
        this.spec = builder.spec;
        this.parameters = MigrationParameters.from(builder.spec);
        this.outputDir = builder.outputDir;
        this.jdbcUrl = builder.jdbcUrl;
        this.source = builder.source;
        this.gtm = builder.gtm;
    }

    /** A builder for a simulator using the migration settings of {@code spec}. */
    public static Builder forSpec(CohortSpec spec) {
        return new Builder(spec);
    }

    /** The effective settings, defaults filled in. */
    public MigrationParameters parameters() {
        return parameters;
    }

    /** Migrates a generated cohort, with faults seeded from the cohort's seed. */
    public MigrationResult run(Cohort cohort) {
        return run(cohort.patients(), cohort.seed());
    }

    /**
     * Migrates these patients (patient {@code i} of the list must have index {@code i}), with faults seeded from
     * {@code seed}.
     */
    public MigrationResult run(List<Patient> patients, long seed) {
        for (int i = 0; i < patients.size(); i++) {
            if (patients.get(i).index() != i) {
                throw new IllegalArgumentException("patient at position " + i + " has index "
                        + patients.get(i).index() + "; pass the cohort in index order");
            }
        }
        if (gtm.isPresent()) {
            return migrate(connectGtm(), SourceCohort.of(patients), seed);
        }
        Path zwr = source.orElseGet(() -> writeGlobals(patients, seed));
        return run(zwr, SourceCohort.of(patients), seed);
    }

    /**
     * Migrates from an existing ZWR file, or from the GT.M database when one is configured, reconciling against a
     * cohort that may be regenerated on demand.
     */
    MigrationResult run(Path zwr, SourceCohort cohort, long seed) {
        if (gtm.isPresent()) {
            return migrate(connectGtm(), cohort, seed);
        }
        try {
            return migrate(SourceIndex.read(zwr), cohort, seed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Connects before anything is written, so that a misconfigured database stops the run with no output. */
    private VistaSource connectGtm() {
        GtmSource database = gtm.orElseThrow();
        GtmVistaSource connected = GtmVistaSource.connect(database.gtmDist(), database.globalDirectory());
        LOG.info("Extracting from GT.M ({}) through {}", connected.version(), database.globalDirectory());
        return connected;
    }

    private MigrationResult migrate(VistaSource index, SourceCohort cohort, long seed) {
        try (index) {
            if (jdbcUrl.isEmpty()) {
                Files.createDirectories(outputDir);
            }
            String url = jdbcUrl.orElseGet(() -> "jdbc:h2:file:"
                    + outputDir.toAbsolutePath().resolve(DEFAULT_TARGET));
            try (Connection connection = connect(url)) {
                String kind = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
                MigrationResult result = new MigrationDriver(parameters, seed, index, cohort,
                        spec.referenceDate(), kind).run(connection);
                LOG.info("migration {}: {}, {} migrated, {} with defects, {} quarantined, {} failed,"
                        + " {} rolled back", parameters.strategy().label(),
                        Plural.count(result.totalPatients(), "patient"), result.count(PatientState.MIGRATED),
                        result.count(PatientState.MIGRATED_WITH_DEFECTS), result.count(PatientState.QUARANTINED),
                        result.count(PatientState.FAILED), result.count(PatientState.ROLLED_BACK));
                return result;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("migration target failed: " + JdbcPasswordMask.hide(e.getMessage()), e);
        }
    }

    private Path writeGlobals(List<Patient> patients, long seed) {
        try {
            Files.createDirectories(outputDir);
            try (FixtureWriter writer = new VistaFormat().open(outputDir, spec, seed)) {
                for (Patient patient : patients) {
                    writer.write(patient);
                }
                writer.finish();
                writer.commit();
            }
            return outputDir.resolve(VistaFormat.FILE_NAME);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Connection connect(String url) throws SQLException {
        try {
            return DriverManager.getConnection(url);
        } catch (SQLException e) {
            throw new InvalidInputException(JdbcPasswordMask.hide("migration target '" + url + "': cannot connect ("
                    + e.getMessage() + "); give a reachable JDBC URL whose driver is on the class path"));
        }
    }

    /** Configures a {@link MigrationSimulator}. Not thread-safe. */
    public static final class Builder {

        private final CohortSpec spec;
        private Path outputDir;
        private Optional<String> jdbcUrl = Optional.empty();
        private Optional<Path> source = Optional.empty();
        private Optional<GtmSource> gtm;

        private Builder(CohortSpec spec) {
            this.spec = Objects.requireNonNull(spec, "spec");
            this.outputDir = spec.outputDir();
            this.gtm = GtmSource.configuredIn(spec);
        }

        /** Where the VistA globals and the default H2 target go; defaults to the spec's output directory. */
        public Builder outputDir(Path value) {
            this.outputDir = Objects.requireNonNull(value, "outputDir");
            return this;
        }

        /** Loads into this database instead of the embedded H2 file; user and password go in the URL. */
        public Builder jdbcUrl(String value) {
            this.jdbcUrl = Optional.of(value);
            return this;
        }

        /**
         * Extracts from this ZWR file instead of writing the cohort's globals first; replaces a GT.M source given
         * before or named by the spec.
         */
        public Builder sourceGlobals(Path zwr) {
            this.source = Optional.of(zwr);
            this.gtm = Optional.empty();
            return this;
        }

        /**
         * Extracts from this live GT.M database (which must hold the cohort) instead of a ZWR file; the default is the
         * spec's {@code migration_settings.vista_source}. No globals are written.
         */
        public Builder gtmSource(GtmSource database) {
            this.gtm = Optional.of(database);
            this.source = Optional.empty();
            return this;
        }

        /** The simulator; a bad migration setting raises {@link InvalidInputException}. */
        public MigrationSimulator build() {
            return new MigrationSimulator(this);
        }
    }
}
