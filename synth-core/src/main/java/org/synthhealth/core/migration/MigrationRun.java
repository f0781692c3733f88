package org.synthhealth.core.migration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.format.FixtureWriter;
import org.synthhealth.core.format.vista.VistaFormat;
import org.synthhealth.core.generate.CohortGenerator;
import org.synthhealth.core.generate.PatientEngine;
import org.synthhealth.core.migration.internal.run.SourceCohort;
import org.synthhealth.core.model.Ids;

/**
 * The one call the command line makes after generating a cohort: migrate {@code <outputDir>/vista_globals.zwr}
 * and write the reports the spec asks for.
 *
 * <pre>{@code
 * MigrationResult result = MigrationRun.run(spec, seed, Path.of("out"));
 * }</pre>
 */
public final class MigrationRun {

    private static final Logger LOG = LoggerFactory.getLogger(MigrationRun.class);

    private MigrationRun() {
    }

    /**
     * Migrates the cohort of {@code spec} and {@code seed} from the VistA globals in {@code outputDir} (written first
     * when absent; an existing file must hold this cohort, see {@link ExistingGlobals}), or from the GT.M database
     * the spec names in {@code migration_settings.vista_source}, into the default H2 target there, and writes the
     * text and JSON reports when
     * {@code spec.migrationReport()} is set (a relative path is resolved against {@code outputDir}).
     *
     * @throws org.synthhealth.core.InvalidInputException when the existing globals hold another cohort; nothing is
     *     written then
     */
    public static MigrationResult run(CohortSpec spec, long seed, Path outputDir) {
        return run(spec, seed, outputDir, null);
    }

    /** As {@link #run(CohortSpec, long, Path)}, loading into the database at {@code jdbcUrl} instead. */
    public static MigrationResult run(CohortSpec spec, long seed, Path outputDir, String jdbcUrl) {
        Path zwr = outputDir.resolve(VistaFormat.FILE_NAME);
        PatientEngine engine = new PatientEngine(spec, seed);
        boolean live = GtmSource.configuredIn(spec).isPresent();
        try {
            MigrationSimulator.Builder builder = MigrationSimulator.forSpec(spec).outputDir(outputDir);
            if (!live) {
                if (Files.exists(zwr)) {
                    if (ExistingGlobals.verify(zwr, spec, Optional.of(seed)) == ExistingGlobals.Verdict.UNCHECKED) {
                        LOG.warn("{} has no synth-health header (seed, patients, config), so this run cannot check "
                                + "that it holds the cohort being migrated; reconciliation assumes it does", zwr);
                    }
                } else {
                    writeGlobals(spec, seed, outputDir);
                }
                builder.sourceGlobals(zwr);
            }
            if (jdbcUrl != null) {
                builder.jdbcUrl(jdbcUrl);
            }
            MigrationResult result = builder.build().run(zwr, SourceCohort.generated(spec.numRecords(),
                    engine::generate, index -> Ids.patient(seed, index)), seed);
            if (spec.migrationReport().isPresent()) {
                MigrationReports.write(result, outputDir.resolve(spec.migrationReport().get()));
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeGlobals(CohortSpec spec, long seed, Path outputDir) throws IOException {
        Files.createDirectories(outputDir);
        try (FixtureWriter writer = new VistaFormat().open(outputDir, spec, seed)) {
            new CohortGenerator(spec, seed).forEach(writer::write);
            writer.finish();
            writer.commit();
        }
    }
}
