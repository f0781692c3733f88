package org.synthhealth.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.MigrationStrategy;
import org.synthhealth.core.migration.MigrationReports;
import org.synthhealth.core.migration.MigrationResult;
import org.synthhealth.core.migration.MigrationRun;
import org.synthhealth.core.migration.PatientState;
import org.synthhealth.core.report.Plural;

/** Runs the configured migration (and, when asked, the other strategies) and prints one line per run. */
final class Migrations {

    private Migrations() {
    }

    static List<MigrationResult> run(CohortSpec spec, long seed, boolean compare, PrintWriter out) {
        Path dir = spec.outputDir();
        List<MigrationResult> results = new ArrayList<>();
        results.add(MigrationRun.run(spec, seed, dir));
        spec.migrationReport().ifPresent(report -> out.println("Migration report: " + dir.resolve(report) + " and "
                + MigrationReports.jsonPathFor(dir.resolve(report))));
        if (compare) {
            for (MigrationStrategy other : MigrationStrategy.values()) {
                if (other != spec.migrationStrategy()) {
                    CohortSpec variant = spec.toBuilder().migrationStrategy(other).migrationReport(null).build();
                    Path target = dir.toAbsolutePath().resolve(MigrationTargets.name(spec, other));
                    String url = "jdbc:h2:file:" + target;
                    results.add(MigrationRun.run(variant, seed, dir, url));
                }
            }
        }
        results.forEach(result -> out.println(summary(result)));
        return results;
    }

    private static String summary(MigrationResult r) {
        return String.format(Locale.ROOT, "Migration (%s): %s: %d migrated, %d with defects, %d quarantined, "
                        + "%d failed, %d rolled back; mean quality %s; bottleneck %s",
                r.strategy().label(), Plural.count(r.totalPatients(), "patient"), r.count(PatientState.MIGRATED),
                r.count(PatientState.MIGRATED_WITH_DEFECTS), r.count(PatientState.QUARANTINED),
                r.count(PatientState.FAILED), r.count(PatientState.ROLLED_BACK),
                r.quality().mean().isPresent()
                        ? String.format(Locale.ROOT, "%.3f", r.quality().mean().getAsDouble())
                        : "n/a (no patient in the target)",
                r.bottleneck().stage().label());
    }
}
