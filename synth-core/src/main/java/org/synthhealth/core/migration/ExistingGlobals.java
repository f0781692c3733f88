package org.synthhealth.core.migration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.InvalidInputException;
import org.synthhealth.core.config.CohortFingerprint;
import org.synthhealth.core.format.vista.ZwrHeader;
import org.synthhealth.core.format.vista.ZwrReader;

/**
 * Decides whether a migration may reuse the VistA globals file already in an output directory.
 *
 * <p>Reconciliation compares the target with the cohort regenerated from the run's spec and seed, so migrating a file
 * that holds another cohort reports patients as lost or damaged that never were. The header's first line (see
 * {@code docs/guide/vista-layout.md}) names the seed, the patient count and the {@link CohortFingerprint} of the spec
 * that wrote it; all three must match the run, or the file is refused with one line saying what differs.
 *
 * <p>Files whose header cannot tell:
 * <ul>
 *   <li>no {@code seed=} word (a {@code mupip extract} of a database, or a file from another tool): accepted, as
 *       before; {@link #verify} says so with {@link Verdict#UNCHECKED}, and the migration warns once that it
 *       cannot check the file holds the same cohort;</li>
 *   <li>a {@code seed=} word but no {@code patients=} or {@code config=} (written by synth-health before the header
 *       recorded them): refused, since this is the case that silently gave wrong reports; writing the file again is
 *       one flag away.</li>
 * </ul>
 */
public final class ExistingGlobals {

    private static final String FIX = "add vista to --formats to write it again, or delete it";

    private ExistingGlobals() {
    }

    /** What {@link #verify} could tell about a file it let through. */
    public enum Verdict {
        /** There is no file. */
        ABSENT,
        /** The header names this run's seed, patient count and configuration. */
        SAME_COHORT,
        /** The header does not say (a {@code mupip extract} or another tool's file); the file is used as it is. */
        UNCHECKED
    }

    /**
     * Refuses {@code zwr} when it exists and holds another cohort than {@code spec} with {@code seed}; does nothing
     * when the file is absent.
     *
     * @param seed the run's seed; empty when the run will draw a fresh one, which no existing file can match
     * @return whether the file is absent, holds this run's cohort, or could not be checked
     * @throws InvalidInputException naming the file, what differs and the fix
     * @throws IOException when the file exists but cannot be read
     */
    public static Verdict verify(Path zwr, CohortSpec spec, Optional<Long> seed) throws IOException {
        if (!Files.exists(zwr)) {
            return Verdict.ABSENT;
        }
        if (!Files.isRegularFile(zwr)) {
            // A pipe would block the read forever; a folder cannot be read at all.
            throw new InvalidInputException(zwr + " is not a regular file but a directory, pipe or device; delete it "
                    + "or choose another --output-dir");
        }
        Optional<ZwrHeader> header = ZwrReader.header(zwr);
        Optional<String> writtenSeed = header.flatMap(h -> h.field(ZwrHeader.SEED));
        if (writtenSeed.isEmpty()) {
            return Verdict.UNCHECKED;
        }
        checkSeed(zwr, writtenSeed.get(), seed);
        Optional<Integer> patients = header.flatMap(h -> h.field(ZwrHeader.PATIENTS)).flatMap(ExistingGlobals::count);
        Optional<String> configuration = header.flatMap(h -> h.field(ZwrHeader.CONFIGURATION));
        if (patients.isEmpty() || configuration.isEmpty()) {
            throw new InvalidInputException(zwr + " was written by an earlier synth-health whose header does not "
                    + "record the patient count and configuration, so it may hold another cohort; " + FIX);
        }
        checkCohort(zwr, patients.get(), configuration.get(), spec);
        return Verdict.SAME_COHORT;
    }

    private static void checkSeed(Path zwr, String written, Optional<Long> seed) {
        if (seed.isEmpty()) {
            throw new InvalidInputException(zwr + " holds patients generated with seed " + written
                    + ", and this run has no seed (it would draw a fresh one); run with --seed " + written + ", "
                    + FIX);
        }
        if (!written.equals(Long.toString(seed.get()))) {
            throw new InvalidInputException(zwr + " holds patients generated with seed " + written + ", not this "
                    + "run's seed " + seed.get() + "; run with --seed " + written + ", " + FIX);
        }
    }

    private static void checkCohort(Path zwr, int patients, String configuration, CohortSpec spec) {
        boolean sameCount = patients == spec.numRecords();
        String expected = CohortFingerprint.of(spec);
        boolean sameConfiguration = configuration.equals(expected);
        if (!sameCount && !sameConfiguration) {
            throw new InvalidInputException(zwr + " holds " + patients + " patients generated with another "
                    + "configuration, not this run's " + spec.numRecords() + "; " + FIX);
        }
        if (!sameCount) {
            throw new InvalidInputException(zwr + " holds " + patients + " patients, not this run's "
                    + spec.numRecords() + "; run with --num-records " + patients + ", " + FIX);
        }
        if (!sameConfiguration) {
            throw new InvalidInputException(zwr + " holds " + patients + " patients generated with another "
                    + "configuration (config=" + configuration + ", this run's " + expected + "): the reference "
                    + "date, a distribution, condition prevalence, clinical complexity, terminology systems or "
                    + "requirements differ; " + FIX);
        }
    }

    private static Optional<Integer> count(String text) {
        try {
            return Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
