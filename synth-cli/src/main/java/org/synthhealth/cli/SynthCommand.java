package org.synthhealth.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.CohortSpecBuilder;
import org.synthhealth.core.FixtureExport;
import org.synthhealth.core.InvalidInputException;
import org.synthhealth.core.MigrationStrategy;
import org.synthhealth.core.config.CohortSpecReader;
import org.synthhealth.core.config.CohortSpecValidator;
import org.synthhealth.core.config.FormatList;
import org.synthhealth.core.format.FixtureFormat;
import org.synthhealth.core.format.vista.VistaFormat;
import org.synthhealth.core.migration.ExistingGlobals;
import org.synthhealth.core.migration.GtmSource;
import org.synthhealth.core.migration.MigrationResult;
import org.synthhealth.core.report.GenerationReport;
import org.synthhealth.core.report.html.Figures;
import org.synthhealth.core.report.html.HtmlReport;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code synth} command: reads an optional YAML configuration, applies the command-line values over it, generates
 * the cohort and writes the fixture files. Exit status 0 on success, 2 on a user error (one line on stderr), 1 on an
 * internal failure.
 */
@Command(name = "synth",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        headerHeading = "%n",
        header = "Generate reproducible synthetic patients as test fixtures.",
        synopsisHeading = "%nUsage: ",
        descriptionHeading = "%n",
        description = {
            "Writes a cohort of synthetic patients to an output directory: ten CSV and/or Parquet tables (patients, "
                    + "encounters, conditions, medications, allergies, procedures, immunizations, observations, "
                    + "deaths, family_history), FHIR R4 bundles, HL7 v2.5.1 messages and VistA globals: every "
                    + "format by default, only the CSV or Parquet tables with --csv or --parquet, exactly the "
                    + "formats listed with --formats.",
            "The same seed and configuration always give byte-identical files. Values given on the command line "
                    + "override the same settings in the --config file (--formats replaces its formats and "
                    + "output_format; --csv, --parquet and --both replace its table choice); everything else keeps "
                    + "its default."},
        optionListHeading = "%nOptions:%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./synth --num-records 1000 --output-dir out",
            "      1,000 patients in every format into ./out; the summary prints the seed.",
            "  ./synth --num-records 1000 --csv --output-dir csv_data",
            "      Only the ten CSV tables: no Parquet, FHIR, HL7 or VistA.",
            "  ./synth --config config.yaml --seed 42 --csv --report-file report.txt",
            "      The YAML's settings with seed 42, tables as CSV only, and a text report.",
            "  ./synth --num-records 200 --formats fhir,hl7 --output-dir interop",
            "      Only FHIR bundles and HL7 messages, no tables.",
            "  ./synth --num-records 500 --simulate-migration --migration-report mig.txt \\",
            "          --html-report report.html",
            "      Also migrate the cohort into an Oracle Health shaped database,",
            "      with text, JSON and HTML reports.",
            "  ./synth --num-records 500 --parquet --simulate-migration --output-dir mig",
            "      Parquet tables, and the VistA globals the migration reads; no FHIR or HL7.",
            "",
            "Exit status: 0 success, 2 a mistake in the input (the message says where and how to fix it), "
                    + "1 an internal failure (add --verbose for the stack trace).",
            "Relative report paths (--report-file, --migration-report, --html-report) are written inside the output "
                    + "directory."})
public final class SynthCommand implements Callable<Integer> {

    @Option(names = "--num-records", paramLabel = "<n>", converter = WholeNumbers.Count.class,
            description = "How many patients to generate (YAML num_records). Default: 1000.")
    Integer numRecords;

    @Option(names = "--output-dir", paramLabel = "<dir>", converter = PathArguments.Folder.class,
            description = "Directory for the output files; created if missing (YAML output_dir). Default: the "
                    + "current directory.")
    Path outputDir;

    @Option(names = "--seed", paramLabel = "<long>", converter = WholeNumbers.Seed.class,
            description = "Seed for reproducible output (YAML seed). Default: a fresh seed, printed in the summary.")
    Long seed;

    @Option(names = "--config", paramLabel = "<file>", converter = PathArguments.ConfigFile.class,
            description = "YAML configuration file with any of the user guide's keys; see docs/guide/config.md.")
    Path config;

    @Option(names = "--report-file", paramLabel = "<file>", converter = PathArguments.ReportFile.class,
            description = "Also write the full generation report (counts, realised distributions) to this file.")
    Path reportFile;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Tables tables;

    @Option(names = "--formats", paramLabel = "<list>", hideParamSyntax = true,
            description = "Comma-separated formats to write, from csv, parquet, fhir, hl7, vista (YAML formats); "
                    + "replaces the YAML's formats and output_format. --csv, --parquet or --both then set the "
                    + "tables of the list. Default: all five, or only the tables --csv or --parquet choose.")
    List<String> formats;

    @Option(names = "--reference-date", paramLabel = "<yyyy-mm-dd>", converter = IsoDateConverter.class,
            description = "The \"today\" of the simulated world: ages are counted to it and nothing happens after "
                    + "it (YAML reference_date). Default: 2026-01-01.")
    LocalDate referenceDate;

    @Option(names = "--workers", paramLabel = "<n>", converter = WholeNumbers.Workers.class,
            description = "Generation threads (YAML concurrent_workers); the fixture files do not depend on it, "
                    + "but a simulated migration runs as many workers, so its report does. "
                    + "Default: the number of processors.")
    Integer workers;

    @Option(names = "--simulate-migration",
            description = "After writing the fixtures, migrate the cohort's VistA globals into an Oracle Health "
                    + "shaped database (embedded H2 under the output directory) with the configured faults, and "
                    + "report what arrived (YAML simulate_migration). With --csv or --parquet and no --formats, "
                    + "the VistA globals are still written, as the migration's source (unless --vista-gtm).")
    Boolean simulateMigration;

    @Option(names = "--batch-size", paramLabel = "<n>", converter = WholeNumbers.Count.class,
            description = "Records per migration batch (YAML batch_size). Default: 100.")
    Integer batchSize;

    @Option(names = "--migration-strategy", paramLabel = "<strategy>",
            description = "staged, big_bang or parallel (YAML migration_strategy). Default: staged.")
    String migrationStrategy;

    @Option(names = "--migration-report", paramLabel = "<file>", converter = PathArguments.MigrationReport.class,
            description = "Where the migration text report goes (YAML migration_report); the JSON report goes "
                    + "beside it, same name with .json, so give a name such as mig.txt.")
    Path migrationReport;

    @Option(names = "--vista-gtm", paramLabel = "<gld>", converter = PathArguments.GlobalDirectory.class,
            description = "With --simulate-migration: extract from the live GT.M database of this global directory "
                    + "instead of vista_globals.zwr; it must hold the same cohort (YAML migration_settings."
                    + "vista_source). GT.M comes from $gtm_dist or Debian's fis-gtm.")
    Path vistaGtm;

    @Option(names = "--compare-strategies",
            description = "With --simulate-migration: also run the other two strategies on the same cohort and "
                    + "compare them in the HTML report.")
    boolean compareStrategies;

    @Option(names = "--html-report", paramLabel = "<file>", converter = PathArguments.HtmlReport.class,
            description = "Write a self-contained HTML page: the cohort profile and, with --simulate-migration, the "
                    + "migration dashboard.")
    Path htmlReport;

    @Option(names = {"-v", "--verbose"},
            description = "Also print DEBUG log lines on stderr, and the stack trace of an internal failure.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec commandSpec;

    private final Function<CohortSpec, List<FixtureFormat>> formatChoice;

    /** The command writing the formats the configuration asks for. */
    public SynthCommand() {
        this(FixtureExport::formatsFor);
    }

    /**
     * A command that writes the formats {@code formatChoice} picks for each spec, for embedding the command with
     * custom formats (and for tests that need a format to fail).
     */
    public SynthCommand(Function<CohortSpec, List<FixtureFormat>> formatChoice) {
        this.formatChoice = formatChoice;
    }

    /**
     * The tables flags of the user guide (YAML {@code output_format}): one of them, or none for the default (both).
     * Without a format list, {@code --csv} and {@code --parquet} write only their tables (see
     * {@link CohortSpec#interopFormats()}); with one, they set its tables.
     */
    static final class Tables {
        @Option(names = "--csv", description = "Write CSV files only: the ten tables as CSV, no Parquet, FHIR, HL7 "
                + "or VistA, unless --formats (or the YAML's formats) lists them.")
        boolean csv;

        @Option(names = "--parquet", description = "Write Parquet files only: the ten tables as Parquet, no CSV, "
                + "FHIR, HL7 or VistA, unless --formats (or the YAML's formats) lists them.")
        boolean parquet;

        @Option(names = "--both", description = "Write the tables as CSV and Parquet (the default): with no format "
                + "list, every other format too; with one, its tables become both.")
        boolean both;
    }

    /** Runs the command and exits the JVM with its status. */
    public static void main(String[] args) {
        CommandLine cli = commandLine(new SynthCommand());
        int code = cli.execute(args);
        if (code == 0 && (cli.getOut().checkError() || System.out.checkError())) {
            // --help and --version print and exit through picocli; their output must not vanish silently either.
            System.err.println("synth: could not write to standard output");
            code = Failures.INTERNAL_ERROR;
        }
        System.exit(code);
    }

    /** A picocli command line for {@code command} with the exit codes and one-line error messages described above. */
    public static CommandLine commandLine(SynthCommand command) {
        CommandLine cli = new CommandLine(command);
        // "@file" would read arguments from a file, unannounced in --help; a folder named @out must stay a folder.
        cli.setExpandAtFiles(false);
        cli.setParameterExceptionHandler(Failures::onBadParameter);
        cli.setExecutionExceptionHandler((e, line, parsed) -> Failures.onFailure(e, line, command.verbose));
        return cli;
    }

    @Override
    public Integer call() throws Exception {
        try {
            return run();
        } catch (Error e) {
            // picocli hands only exceptions to the failure handler; an Error would end in a raw stack trace.
            throw new InternalFailure(e);
        }
    }

    private int run() throws Exception {
        if (verbose) {
            System.setProperty("org.slf4j.simpleLogger.log.org.synthhealth", "debug");
        }
        // Before any note, so a mistake in the input is the only line printed: the spec is checked as it is built.
        CohortSpec spec = CohortSpecValidator.validate(spec());
        if (compareStrategies && !spec.simulateMigration()) {
            throw new InvalidInputException("--compare-strategies: there is no migration to compare; add "
                    + "--simulate-migration (or simulate_migration: true in the YAML)");
        }
        List<FixtureFormat> chosen = formatChoice.apply(spec);
        OutputPaths.check(spec, chosen, htmlReport, compareStrategies, config);
        warnAboutIdleMigrationFlags(spec);
        CohortSpecValidator.unwrittenCodeSystems(spec)
                .forEach(note -> commandSpec.commandLine().getErr().println("synth: note: " + note));
        if (spec.simulateMigration()) {
            CohortSpecValidator.unknownErrorPatterns(spec)
                    .forEach(note -> commandSpec.commandLine().getErr().println("synth: note: " + note));
            GtmSource.configuredIn(spec).ifPresent(GtmSource::verify);
            refuseGlobalsOfAnotherCohort(spec, chosen);
            chosen = withMigrationSource(spec, chosen);
        }
        FixtureExport export = FixtureExport.of(spec).formats(chosen);
        ProgressBar bar = new ProgressBar(commandSpec.commandLine().getErr(), spec.numRecords());
        if (StandardError.isTerminal() && spec.numRecords() >= 10_000) {
            export.onProgress(bar);
        }
        PrintWriter out = commandSpec.commandLine().getOut();
        GenerationReport report;
        // The folder stays locked until the migration and the HTML report are written there too.
        try (InterruptCleanup cleanup = InterruptCleanup.watch(spec, bar::endLine);
                FixtureExport.Locked locked = export.runLocked()) {
            report = locked.report();
            out.print(report.summary());
            EarlierFiles.in(spec, report.files()).forEach(leftover ->
                    commandSpec.commandLine().getErr().println(EarlierFiles.note(spec.outputDir(), leftover)));
            List<MigrationResult> migrations = spec.simulateMigration()
                    ? Migrations.run(spec, report.seed(), compareStrategies, out)
                    : List.of();
            if (htmlReport != null) {
                Path page = spec.outputDir().resolve(htmlReport);
                HtmlReport html = HtmlReport.of(Figures.of(report));
                for (MigrationResult result : migrations) {
                    html = html.withMigration(Figures.of(result));
                }
                html.write(page);
                out.println("HTML report: " + page);
            }
        }
        if (out.checkError() || System.out.checkError()) {
            // PrintWriter swallows write errors (a full disk behind a redirect); the seed must not be lost silently.
            commandSpec.commandLine().getErr().println("synth: could not write the summary to standard output; the "
                    + "files are in " + spec.outputDir() + " (seed " + report.seed() + ")");
            return Failures.INTERNAL_ERROR;
        }
        return 0;
    }

    /**
     * The migration would reuse a {@code vista_globals.zwr} this run does not write; refusing a file of another
     * cohort here, before the export, leaves the output directory as it was.
     */
    private static void refuseGlobalsOfAnotherCohort(CohortSpec spec, List<FixtureFormat> formats)
            throws IOException {
        boolean writesGlobals = formats.stream().anyMatch(format -> format.name().equals("vista"));
        if (!writesGlobals && GtmSource.configuredIn(spec).isEmpty()) {
            ExistingGlobals.verify(spec.outputDir().resolve(VistaFormat.FILE_NAME), spec, spec.seed());
        }
    }

    /**
     * The formats plus the VistA globals when the migration will read them and no file of this cohort is there yet:
     * written with the fixtures, they are counted in the summary and the report like any file the run wrote.
     */
    private static List<FixtureFormat> withMigrationSource(CohortSpec spec, List<FixtureFormat> formats) {
        boolean writesGlobals = formats.stream().anyMatch(format -> format.name().equals("vista"));
        if (writesGlobals || GtmSource.configuredIn(spec).isPresent()
                || Files.exists(spec.outputDir().resolve(VistaFormat.FILE_NAME))) {
            return formats;
        }
        List<FixtureFormat> withGlobals = new ArrayList<>(formats);
        withGlobals.add(new VistaFormat());
        return withGlobals;
    }

    private void warnAboutIdleMigrationFlags(CohortSpec spec) {
        if (spec.simulateMigration()) {
            return;
        }
        Optional<String> idle = IdleFlags.note(List.of(new IdleFlags.Flag("--migration-report", migrationReport),
                new IdleFlags.Flag("--migration-strategy", migrationStrategy),
                new IdleFlags.Flag("--batch-size", batchSize), new IdleFlags.Flag("--vista-gtm", vistaGtm)));
        if (idle.isPresent()) {
            commandSpec.commandLine().getErr().println(idle.get());
        } else if (spec.migrationReport().isPresent()) {
            commandSpec.commandLine().getErr().println("synth: note: migration_report in " + config + " takes effect "
                    + "only with simulate_migration: true (or --simulate-migration); writing the fixtures only");
        }
    }

    /** The YAML (when given) with every command-line value applied over it. */
    CohortSpec spec() {
        CohortSpecBuilder b = config == null ? CohortSpec.builder() : CohortSpecReader.readBuilder(config);
        if (numRecords != null) {
            b.patients(CohortSpecValidator.requireAtLeastOne("num_records (--num-records)", numRecords));
        }
        if (outputDir != null) {
            b.outputDir(outputDir);
        }
        if (seed != null) {
            b.seed(seed);
        }
        if (reportFile != null) {
            b.reportFile(reportFile);
        }
        if (formats != null) {
            try {
                FormatList.apply(b, FormatList.split(formats));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("--formats: " + e.getMessage());
            }
        }
        if (tables != null) {
            b.outputFormat(FormatList.tables(tables.csv || tables.both, tables.parquet || tables.both));
        }
        if (referenceDate != null) {
            b.referenceDate(CohortSpecValidator.requireReferenceDate("reference_date (--reference-date)",
                    referenceDate));
        }
        if (workers != null) {
            b.concurrentWorkers(CohortSpecValidator.requireWorkers("concurrent_workers (--workers)", workers));
        }
        if (simulateMigration != null) {
            b.simulateMigration(simulateMigration);
        }
        if (batchSize != null) {
            b.batchSize(CohortSpecValidator.requireAtLeastOne("batch_size (--batch-size)", batchSize));
        }
        if (migrationStrategy != null) {
            b.migrationStrategy(strategy(migrationStrategy));
        }
        if (migrationReport != null) {
            b.migrationReport(migrationReport);
        }
        if (vistaGtm != null) {
            if (vistaGtm.toString().isBlank()) {
                throw new InvalidInputException("--vista-gtm: the path is empty; give the global directory file "
                        + "(.gld) of the GT.M database that holds the cohort");
            }
            CohortSpec yaml = b.build();
            GtmSource source = GtmSource.configuredIn(yaml).map(s -> new GtmSource(vistaGtm, s.gtmDist()))
                    .orElseGet(() -> GtmSource.of(vistaGtm));
            b.migrationSettings(source.applyTo(yaml.migrationSettings()));
        }
        return b.build();
    }

    private static MigrationStrategy strategy(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        for (MigrationStrategy s : MigrationStrategy.values()) {
            if (s.label().equals(wanted)) {
                return s;
            }
        }
        throw new InvalidInputException("--migration-strategy: unknown strategy \"" + text
                + "\"; use staged, big_bang or parallel");
    }
}
