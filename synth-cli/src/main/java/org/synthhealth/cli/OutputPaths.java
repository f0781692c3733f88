package org.synthhealth.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.FixtureExport;
import org.synthhealth.core.InvalidInputException;
import org.synthhealth.core.config.RealPath;
import org.synthhealth.core.config.ReportLocation;
import org.synthhealth.core.format.FixtureFormat;
import org.synthhealth.core.format.OutputLock;
import org.synthhealth.core.format.vista.VistaFormat;
import org.synthhealth.core.migration.MigrationReports;

/**
 * Checks, before any work, that the run's reports can be written and that no two outputs of the run share a path.
 *
 * <p>Every report is written by an atomic rename, so a report that shares a path with a table or another report
 * silently replaces it. Paths are compared where the write lands ({@link RealPath}): symbolic links are followed in
 * every folder and in the last name, and {@code ..} is taken as the operating system takes it, whether or not the
 * output directory exists yet. The migration's JSON report counts as an output of its own, and so do the migration's
 * H2 target databases ({@link MigrationTargets}).
 */
final class OutputPaths {

    private static final String REPORT_FILE = "report_file (--report-file)";
    private static final String MIGRATION_REPORT = "migration_report (--migration-report)";
    private static final String HTML_REPORT = "--html-report";
    private static final String MIGRATION = "the migration";

    /** One file the run will write: the setting or format it comes from and how a message names it. */
    private record Output(String owner, Path path, String described, boolean report) {
    }

    private OutputPaths() {
    }

    /**
     * Refuses the run when a report path cannot be written or two outputs share a path.
     *
     * @param formats the formats the run writes
     * @param htmlReport the {@code --html-report} path, or null
     * @param compare whether {@code --compare-strategies} runs the other strategies too
     * @param config the {@code --config} file, or null
     * @throws InvalidInputException naming the setting, the path and the fix
     */
    static void check(CohortSpec spec, List<FixtureFormat> formats, Path htmlReport, boolean compare, Path config) {
        List<Output> reports = reports(spec, htmlReport);
        List<Output> outputs = new ArrayList<>(reports);
        outputs.addAll(fixtures(spec, formats));
        for (Path target : MigrationTargets.files(spec, compare)) {
            outputs.add(new Output(MIGRATION + " (its H2 target database)", target, target.toString(), false));
        }
        refuseSharedPaths(outputs);
        refuseFixtureNames(spec, reports);
        refuseOwnFiles(spec, reports, config);
        refuseSpecialFiles(outputs);
        for (Output report : reports) {
            ReportLocation.check(report.owner(), report.path(), spec.outputDir());
        }
        MigrationTargets.refuseForeignFiles(spec, compare);
    }

    private static List<Output> reports(CohortSpec spec, Path htmlReport) {
        Path dir = spec.outputDir();
        List<Output> reports = new ArrayList<>();
        spec.reportFile().ifPresent(f -> {
            ReportLocation.checkName(REPORT_FILE, f);
            reports.add(report(REPORT_FILE, dir.resolve(f)));
        });
        if (spec.simulateMigration() && spec.migrationReport().isPresent()) {
            ReportLocation.checkName(MIGRATION_REPORT, spec.migrationReport().get());
            Path text = dir.resolve(spec.migrationReport().get());
            ReportLocation.refuseJsonName(MIGRATION_REPORT, text);
            Path json = MigrationReports.jsonPathFor(text);
            reports.add(report(MIGRATION_REPORT, text));
            reports.add(new Output(MIGRATION_REPORT, json, "its JSON report " + json, true));
        }
        if (htmlReport != null) {
            ReportLocation.checkName(HTML_REPORT, htmlReport);
            reports.add(report(HTML_REPORT, dir.resolve(htmlReport)));
        }
        return reports;
    }

    private static Output report(String owner, Path path) {
        return new Output(owner, path, path.toString(), true);
    }

    /** The fixture files and the folders holding them: a report there would replace them or block their writing. */
    private static List<Output> fixtures(CohortSpec spec, List<FixtureFormat> formats) {
        Path dir = spec.outputDir();
        Map<FixtureFormat, String> writing = new LinkedHashMap<>();
        formats.forEach(format -> writing.put(format, "the " + format.name() + " format"));
        if (spec.simulateMigration() && formats.stream().noneMatch(f -> f.name().equals("vista"))) {
            writing.put(new VistaFormat(), MIGRATION);
        }
        List<Output> fixtures = new ArrayList<>();
        for (Map.Entry<FixtureFormat, String> entry : writing.entrySet()) {
            FixtureFormat format = entry.getKey();
            String owner = entry.getValue();
            for (String name : format.fileNames(spec)) {
                Path file = dir.resolve(name);
                fixtures.add(new Output(owner, file, file.toString(), false));
                for (Path folder = file.getParent(); folder != null && !same(folder, dir);
                        folder = folder.getParent()) {
                    fixtures.add(new Output(owner, folder, folder.toString(), false));
                }
            }
        }
        return fixtures;
    }

    /**
     * A fixture that exists as a pipe, device or folder would block the run (a pipe waits for a reader forever) or
     * be replaced by a regular file; the folders that hold fixtures are folders.
     */
    private static void refuseSpecialFiles(List<Output> outputs) {
        for (Output output : outputs) {
            Path path = output.path();
            boolean folder = outputs.stream().anyMatch(o -> !o.report() && o.path().startsWith(path)
                    && !o.path().equals(path));
            if (output.report() || folder || !Files.exists(path) || Files.isRegularFile(path)) {
                continue;
            }
            throw new InvalidInputException(path + " (written by " + output.owner() + ") exists and is not a regular "
                    + "file but a directory, pipe or device; delete it or choose another --output-dir");
        }
    }

    /** Reports come first in {@code outputs}, so a clash names the report, and the table or report it would replace. */
    private static void refuseSharedPaths(List<Output> outputs) {
        Map<Path, Output> seen = new LinkedHashMap<>();
        for (Output output : outputs) {
            Output earlier = seen.putIfAbsent(key(output.path()), output);
            if (earlier == null || !earlier.report() && !output.report()) {
                continue;
            }
            Output report = output.report() ? output : earlier;
            Output other = report == output ? earlier : output;
            String what = other.report() ? "also the path of " + other.owner() : "also written by " + other.owner();
            String fix = other.report() ? "give each report its own file" : "give the report another file name";
            throw new InvalidInputException(report.owner() + ": " + report.described() + " is " + what + "; " + fix);
        }
    }

    /**
     * A report named like a fixture file of any format, in any case, would be taken for that file by whoever reads the
     * folder (a text report as {@code patients.parquet}); clashes with what this run writes were named already.
     */
    private static void refuseFixtureNames(CohortSpec spec, List<Output> reports) {
        CohortSpec anySize = spec.toBuilder().patients(1).build();
        for (FixtureFormat format : FixtureExport.builtInFormats()) {
            for (String name : format.fileNames(anySize)) {
                Path fixture = spec.outputDir().resolve(name);
                for (Output report : reports) {
                    // Ignoring case: on macOS and Windows the report would replace the fixture itself.
                    if (key(report.path()).toString().equalsIgnoreCase(key(fixture).toString())) {
                        throw new InvalidInputException(report.owner() + ": " + report.described() + " is the name "
                                + "of a " + format.name() + " fixture file, which readers of the folder would take "
                                + "it for; give the report another file name");
                    }
                }
            }
        }
    }

    /**
     * A report may not land on the configuration the run reads (the next run would read a report as YAML) or, through
     * a link, on the lock file, which the run removes at its end together with whatever was written there.
     */
    private static void refuseOwnFiles(CohortSpec spec, List<Output> reports, Path config) {
        Path lock = spec.outputDir().resolve(OutputLock.FILE_NAME);
        for (Output report : reports) {
            if (config != null && same(report.path(), config)) {
                throw new InvalidInputException(report.owner() + ": " + report.described() + " is the configuration "
                        + "file this run reads (--config " + config + "), which the report would overwrite; give the "
                        + "report another file name");
            }
            if (same(report.path(), lock)) {
                throw new InvalidInputException(report.owner() + ": " + report.described() + " leads to " + lock
                        + ", the lock file synth removes at the end of the run; give the report another file name");
            }
        }
    }

    private static boolean same(Path a, Path b) {
        return key(a).equals(key(b));
    }

    private static Path key(Path path) {
        try {
            return RealPath.of(path);
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
