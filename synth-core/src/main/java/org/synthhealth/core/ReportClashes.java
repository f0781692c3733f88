package org.synthhealth.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.synthhealth.core.format.FixtureFormat;
import org.synthhealth.core.migration.MigrationReports;

/**
 * Refuses a report named like a fixture file or folder of the output folder (in any case), like the other report,
 * or like the migration's JSON report: written there, it would replace the table, or be taken for it by whoever reads
 * the folder. The command checks more (its HTML report, links, special files); this is what every caller of
 * {@link FixtureExport} gets.
 */
final class ReportClashes {

    private static final String REPORT_FILE = "report_file (--report-file)";
    private static final String MIGRATION_REPORT = "migration_report (--migration-report)";

    private ReportClashes() {
    }

    /** Checks the reports of {@code spec} against the files of {@code formats} and of every built-in format. */
    static void check(CohortSpec spec, List<FixtureFormat> formats) {
        Optional<Path> report = spec.reportFile();
        Optional<Path> migration = spec.migrationReport();
        if (report.isEmpty() && migration.isEmpty()) {
            return;
        }
        Path dir = spec.outputDir();
        Map<String, String> fixtures = fixtureFiles(spec, formats);
        report.ifPresent(f -> refuseFixtureName(REPORT_FILE, f, dir, fixtures));
        migration.ifPresent(f -> refuseFixtureName(MIGRATION_REPORT, f, dir, fixtures));
        if (report.isPresent() && migration.isPresent()) {
            Path text = key(dir.resolve(migration.get()));
            Path generation = key(dir.resolve(report.get()));
            if (generation.equals(text)) {
                throw new InvalidInputException(REPORT_FILE + ": " + report.get() + " is also the path of "
                        + MIGRATION_REPORT + "; give each report its own file");
            }
            if (generation.equals(MigrationReports.jsonPathFor(text))) {
                throw new InvalidInputException(REPORT_FILE + ": " + report.get() + " is where the migration writes "
                        + "its JSON report, beside " + MIGRATION_REPORT + " " + migration.get() + "; give the "
                        + "report another file name");
            }
        }
    }

    /**
     * Each fixture file a run of this spec could write, of any cohort size, and each folder such files go in, with
     * the format that writes them.
     */
    private static Map<String, String> fixtureFiles(CohortSpec spec, List<FixtureFormat> formats) {
        List<FixtureFormat> all = new ArrayList<>(formats);
        all.addAll(FixtureExport.builtInFormats());
        Map<String, String> files = new LinkedHashMap<>();
        // Small and large cohorts differ in their FHIR files (one bundle, or a file per resource type).
        for (CohortSpec size : List.of(spec, spec.toBuilder().patients(1).build())) {
            for (FixtureFormat format : all) {
                for (String name : format.fileNames(size)) {
                    Path file = key(spec.outputDir().resolve(name));
                    files.putIfAbsent(caseless(file), format.name());
                    if (!file.getParent().equals(key(spec.outputDir()))) {
                        // A format's folder ({@code fhir/}): a report there would stand where the folder goes.
                        files.putIfAbsent(caseless(file.getParent()), format.name());
                    }
                }
            }
        }
        return files;
    }

    private static void refuseFixtureName(String setting, Path given, Path dir, Map<String, String> fixtures) {
        String format = fixtures.get(caseless(dir.resolve(given)));
        if (format != null) {
            throw new InvalidInputException(setting + ": " + given + " is the name of a " + format + " fixture "
                    + "file or folder in " + dir + ", which the report would replace or be taken for; give the report "
                    + "another file name, such as report.txt");
        }
    }

    private static Path key(Path path) {
        return path.toAbsolutePath().normalize();
    }

    /** The path compared without case: on macOS and Windows {@code PATIENTS.CSV} is {@code patients.csv}. */
    private static String caseless(Path path) {
        return key(path).toString().toLowerCase(Locale.ROOT);
    }
}
