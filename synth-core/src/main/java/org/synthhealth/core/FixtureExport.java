package org.synthhealth.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synthhealth.core.config.AtomicFile;
import org.synthhealth.core.config.CohortSpecValidator;
import org.synthhealth.core.config.FormatList;
import org.synthhealth.core.config.ReportLocation;
import org.synthhealth.core.format.FixtureFormat;
import org.synthhealth.core.format.FixtureWriter;
import org.synthhealth.core.format.OutputLock;
import org.synthhealth.core.format.PublishGate;
import org.synthhealth.core.format.RenameJournal;
import org.synthhealth.core.format.StagedFile;
import org.synthhealth.core.format.csv.CsvFormat;
import org.synthhealth.core.format.fhir.FhirFormat;
import org.synthhealth.core.format.hl7.Hl7Format;
import org.synthhealth.core.format.parquet.ParquetFormat;
import org.synthhealth.core.format.vista.VistaFormat;
import org.synthhealth.core.generate.CohortGenerator;
import org.synthhealth.core.generate.people.SocialHistoryReach;
import org.synthhealth.core.report.CohortProfile;
import org.synthhealth.core.report.GenerationReport;
import org.synthhealth.core.report.Plural;

/**
 * Generates a cohort and writes it, in every format the spec asks for, into its output directory; returns the
 * generation report and, when the spec names a report file, writes it there.
 *
 * <pre>{@code
 * GenerationReport report = FixtureExport.of(CohortSpec.builder().patients(100).seed(42).build()).run();
 * }</pre>
 *
 * <p>Patients stream through every writer in index order, so memory stays flat and the files are the same on every
 * run with the same spec and seed. Writers are finished (their files moved into place) only after every patient was
 * written without error, and always closed, so a failed run leaves no file that looks complete. An instance runs
 * once; it is not thread-safe.
 */
public final class FixtureExport {

    private static final Logger LOG = LoggerFactory.getLogger(FixtureExport.class);

    private final CohortSpec spec;
    private List<FixtureFormat> formats;
    private LongConsumer progress = done -> { };
    private PublishGate gate = PublishGate.PROCESS;

    private FixtureExport(CohortSpec spec) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.formats = formatsFor(spec);
    }

    /** An export of {@code spec}, writing the formats it asks for. */
    public static FixtureExport of(CohortSpec spec) {
        return new FixtureExport(spec);
    }

    /** The formats {@code spec} asks for, in the order {@link FormatList#NAMES} lists them. */
    public static List<FixtureFormat> formatsFor(CohortSpec spec) {
        List<FixtureFormat> chosen = new ArrayList<>();
        for (String name : FormatList.of(spec)) {
            chosen.add(switch (name) {
                case "csv" -> new CsvFormat();
                case "parquet" -> new ParquetFormat();
                case "fhir" -> new FhirFormat();
                case "hl7" -> new Hl7Format();
                case "vista" -> new VistaFormat();
                default -> throw new IllegalStateException("no format named " + name);
            });
        }
        return chosen;
    }

    /** The five formats synth-health writes, in the order {@link FormatList#NAMES} lists them. */
    public static List<FixtureFormat> builtInFormats() {
        return List.of(new CsvFormat(), new ParquetFormat(), new FhirFormat(), new Hl7Format(), new VistaFormat());
    }

    /** Writes these formats instead of the ones the spec asks for (for custom or test formats). */
    public FixtureExport formats(List<? extends FixtureFormat> value) {
        this.formats = List.copyOf(value);
        return this;
    }

    /** Uses {@code value} in place of the process's gate; for tests, which must not stop the whole JVM's runs. */
    FixtureExport publishGate(PublishGate value) {
        this.gate = value;
        return this;
    }

    /** Called after each patient with the number written so far, on the writing thread; keep it cheap. */
    public FixtureExport onProgress(LongConsumer listener) {
        this.progress = Objects.requireNonNull(listener, "listener");
        return this;
    }

    /**
     * Runs the export.
     *
     * @throws InvalidInputException when the spec or the output directory cannot be used
     * @throws IOException when writing fails; no file of the run is left looking complete
     */
    public GenerationReport run() throws IOException {
        try (Locked locked = runLocked()) {
            return locked.report();
        }
    }

    /**
     * Runs the export like {@link #run()} and returns with the output directory still locked, for a caller that
     * writes more there (the command's migration and HTML report); closing the result releases the lock.
     */
    public Locked runLocked() throws IOException {
        CohortSpecValidator.validate(spec);
        SocialHistoryReach.notes(spec).forEach(note -> LOG.warn("{}", note));
        long seed = Seeds.resolve(spec);
        Path dir = checkedOutputDir();
        Optional<Path> firstCreated = firstMissing(dir);
        createDirectory(dir);
        OutputLock lock = OutputLock.acquire(dir);
        try {
            return new Locked(runIn(dir, seed), lock);
        } catch (IOException | RuntimeException | Error e) {
            lock.close();
            firstCreated.ifPresent(top -> removeEmptyUpTo(dir, top));
            throw e;
        }
    }

    /** A finished export whose output directory is still locked. */
    public record Locked(GenerationReport report, OutputLock lock) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            lock.close();
        }
    }

    /** The spec's output directory, once it and the report paths in it passed their checks. */
    private Path checkedOutputDir() {
        Path dir = spec.outputDir();
        if (dir.toString().isBlank()) {
            throw new InvalidInputException("output_dir (--output-dir): is empty; give a directory such as out");
        }
        spec.reportFile().ifPresent(f -> {
            ReportLocation.checkName("report_file (--report-file)", f);
            ReportLocation.check("report_file (--report-file)", dir.resolve(f), dir);
        });
        spec.migrationReport().ifPresent(f -> {
            ReportLocation.checkName("migration_report (--migration-report)", f);
            ReportLocation.refuseJsonName("migration_report (--migration-report)", f);
            ReportLocation.check("migration_report (--migration-report)", dir.resolve(f), dir);
        });
        ReportClashes.check(spec, formats);
        return dir;
    }

    private GenerationReport runIn(Path dir, long seed) throws IOException {
        removeLeftoversOfAnyFormat(dir);
        List<String> names = formats.stream().map(this::shownName).toList();
        LOG.info("Generating {} (seed {}) into {} as {}", Plural.count(spec.numRecords(), "patient"), seed, dir,
                String.join(", ", names));
        long started = System.nanoTime();

        CohortProfile profile = new CohortProfile(spec);
        List<String> files = new ArrayList<>();
        GenerationReport[] report = new GenerationReport[1];
        // The report moves into place with the tables, so a stop from outside cannot part them either.
        writeAll(dir, seed, profile, files, () -> {
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            report[0] = GenerationReport.of(profile, seed, spec.referenceDate(), dir, names, files, elapsed);
            Optional<Path> reportFile = spec.reportFile();
            if (reportFile.isPresent()) {
                AtomicFile.write(dir.resolve(reportFile.get()), report[0].toText().getBytes(StandardCharsets.UTF_8));
            }
        });
        // Said only once everything is in place: a report that cannot be written publishes nothing.
        LOG.info("Wrote {} in {} ms ({})", Plural.count(profile.patients(), "patient"),
                report[0].elapsed().toMillis(), Plural.count(files.size(), "file"));
        spec.reportFile().ifPresent(f -> LOG.info("Wrote the generation report to {}", dir.resolve(f)));
        return report[0];
    }

    /**
     * A format's name as the summary shows it; VistA written only because the migration reads it says so: the spec
     * narrowed its formats to leave VistA out, or listed formats without it and the caller added it for the migration.
     */
    private String shownName(FixtureFormat format) {
        boolean forMigration = format.name().equals("vista") && (spec.writesVistaForMigration()
                || spec.simulateMigration() && !spec.interopFormats().contains(InteropFormat.VISTA));
        return forMigration ? "vista (the migration's source)" : format.name();
    }

    /**
     * A killed run leaves its {@code .<name>.partial} files; each writer removes those of its own files, and this
     * removes those of the formats this run does not write, so none stays behind looking like work in progress.
     */
    private void removeLeftoversOfAnyFormat(Path dir) throws IOException {
        for (FixtureFormat format : builtInFormats()) {
            for (String name : format.fileNames(spec)) {
                StagedFile.removeLeftover(dir.resolve(name));
            }
        }
    }

    /** A step taken while the run publishes its files, after the last of them moved into place. */
    @FunctionalInterface
    private interface PublishStep {
        void run() throws IOException;
    }

    private void writeAll(Path dir, long seed, CohortProfile profile, List<String> files, PublishStep alsoPublish)
            throws IOException {
        List<FixtureWriter> writers = new ArrayList<>();
        NewFolders newFolders = NewFolders.in(dir);
        Throwable failure = null;
        try {
            for (FixtureFormat format : formats) {
                writers.add(format.open(dir, spec, seed));
                files.addAll(format.fileNames(spec));
                LOG.debug("Opened the {} writer", format.name());
            }
            long[] done = {0};
            new CohortGenerator(spec, seed).forEach(patient -> {
                for (FixtureWriter writer : writers) {
                    writer.write(patient);
                }
                profile.accept(patient);
                progress.accept(++done[0]);
            });
            for (FixtureWriter writer : writers) {
                writer.finish();
            }
            // Only now that every format completed its files does any of them move into place, and a stop from
            // outside either comes before the first move or waits for the last.
            if (!gate.open()) {
                throw new IOException("stopped before publishing; the files of the earlier run are unchanged");
            }
            RenameJournal journal = RenameJournal.begin();
            try {
                for (FixtureWriter writer : writers) {
                    writer.commit();
                }
                alsoPublish.run();
                journal.complete();
            } catch (IOException | RuntimeException | Error e) {
                // A file that cannot be replaced part-way: every file already replaced goes back.
                journal.rollBack(e);
                throw e;
            } finally {
                gate.close();
            }
        } catch (IOException | RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            closeAll(writers, failure);
            if (failure != null) {
                newFolders.removeEmpty();
            }
        }
    }

    private static void closeAll(List<FixtureWriter> writers, Throwable failure) throws IOException {
        IOException closing = null;
        for (FixtureWriter writer : writers) {
            try {
                writer.close();
            } catch (IOException | RuntimeException | Error e) {
                // Every writer is closed, whatever the one before threw, so none leaves its temporary files.
                if (failure != null) {
                    if (e != failure) {
                        failure.addSuppressed(e);
                    }
                } else if (closing == null) {
                    closing = e instanceof IOException io ? io : new IOException(e);
                } else {
                    closing.addSuppressed(e);
                }
            }
        }
        if (closing != null) {
            throw closing;
        }
    }

    /** The outermost folder of {@code dir}'s path that does not exist yet, if any; the run creates it. */
    private static Optional<Path> firstMissing(Path dir) {
        Path missing = null;
        for (Path p = dir.toAbsolutePath().normalize(); p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS);
                p = p.getParent()) {
            missing = p;
        }
        return Optional.ofNullable(missing);
    }

    /**
     * After a failed run, removes {@code dir} and its parents up to {@code top}, the folders the run created, as long
     * as each is empty. Best effort: the run has already failed, and a folder that cannot go stays.
     */
    private static void removeEmptyUpTo(Path dir, Path top) {
        for (Path p = dir.toAbsolutePath().normalize(); p != null && p.startsWith(top); p = p.getParent()) {
            try {
                Files.delete(p);
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void createDirectory(Path dir) throws IOException {
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            if (Files.isSymbolicLink(dir)) {
                throw new InvalidInputException("output_dir (--output-dir): " + dir + " is a symbolic link to "
                        + linkTarget(dir) + ", which is not an existing folder; create that folder or choose another "
                        + "path", e);
            }
            throw new InvalidInputException("output_dir (--output-dir): " + dir
                    + " exists and is not a directory; choose another path", e);
        } catch (FileSystemException e) {
            if ("No space left on device".equals(e.getReason()) || "Disk quota exceeded".equals(e.getReason())) {
                throw e;
            }
            if ("File name too long".equals(e.getReason())) {
                throw new InvalidInputException("output_dir (--output-dir): cannot create " + dir + ": a name in it "
                        + "is longer than the file system allows (255 bytes); choose a shorter one", e);
            }
            throw new InvalidInputException("output_dir (--output-dir): cannot create " + dir + " ("
                    + creationFailure(e) + "); choose a path whose parent folders are directories you can write", e);
        }
    }

    private static String linkTarget(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "a path that cannot be read";
        }
    }

    /** Why a folder could not be created, in words; Java gives no reason for the commonest failures. */
    static String creationFailure(FileSystemException e) {
        if (e.getReason() != null) {
            return e.getReason();
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "the folder cannot be created there";
        }
        return "the folder cannot be created there: " + e.getClass().getSimpleName();
    }
}
