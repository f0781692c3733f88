package org.synthhealth.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.InvalidInputException;
import org.synthhealth.core.MigrationStrategy;
import org.synthhealth.core.migration.MigrationSimulator;

/**
 * The embedded H2 databases a migration run writes in the output directory: {@code oracle_health_target} for the
 * configured strategy and, with {@code --compare-strategies}, {@code oracle_health_target_<strategy>} for each other
 * one. H2 keeps each in {@code <name>.mv.db} and logs to {@code <name>.trace.db}.
 */
final class MigrationTargets {

    /** The files H2 writes for one database, by extension. */
    private static final List<String> H2_FILES = List.of(".mv.db", ".trace.db");

    /** How every H2 MVStore file begins. */
    private static final byte[] H2_HEADER = "H:2,".getBytes(StandardCharsets.US_ASCII);

    private MigrationTargets() {
    }

    /** The database name (without H2's extensions) of the run of {@code strategy}. */
    static String name(CohortSpec spec, MigrationStrategy strategy) {
        return strategy == spec.migrationStrategy()
                ? MigrationSimulator.DEFAULT_TARGET
                : MigrationSimulator.DEFAULT_TARGET + "_" + strategy.label();
    }

    /** Every file the H2 targets of this run may write, or none when the run has no migration. */
    static List<Path> files(CohortSpec spec, boolean compare) {
        List<Path> files = new ArrayList<>();
        for (Path database : databases(spec, compare)) {
            for (String extension : H2_FILES) {
                files.add(database.resolveSibling(database.getFileName() + extension));
            }
        }
        return files;
    }

    /**
     * Refuses a target file that exists and is not an H2 database, which H2 would fail to open after every fixture
     * was written. An empty file is fine: H2 starts a new database in it.
     *
     * @throws InvalidInputException naming the file and telling the user to delete it
     */
    static void refuseForeignFiles(CohortSpec spec, boolean compare) {
        for (Path database : databases(spec, compare)) {
            Path file = database.resolveSibling(database.getFileName() + ".mv.db");
            if (Files.exists(file) && !isH2(file)) {
                throw new InvalidInputException("--simulate-migration: " + file + " is the migration's H2 target but "
                        + "is not an H2 database; delete it (or choose another --output-dir) and run again");
            }
        }
    }

    private static List<Path> databases(CohortSpec spec, boolean compare) {
        if (!spec.simulateMigration()) {
            return List.of();
        }
        List<Path> databases = new ArrayList<>();
        for (MigrationStrategy strategy : MigrationStrategy.values()) {
            if (strategy == spec.migrationStrategy() || compare) {
                databases.add(spec.outputDir().resolve(name(spec, strategy)));
            }
        }
        return databases;
    }

    private static boolean isH2(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(H2_HEADER.length);
            return start.length == 0 || Arrays.equals(start, H2_HEADER);
        } catch (IOException e) {
            return false;
        }
    }
}
