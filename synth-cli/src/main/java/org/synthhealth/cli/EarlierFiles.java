package org.synthhealth.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.FixtureExport;
import org.synthhealth.core.format.FixtureFormat;
import org.synthhealth.core.format.vista.VistaFormat;

/**
 * Finds fixture files in the output directory that this run did not write: tables of the other table format, FHIR,
 * HL7 or VistA files left by an earlier run, perhaps of another seed or size. They are not removed (they may be
 * wanted), but a reader of the folder should know they do not belong to this cohort.
 */
final class EarlierFiles {

    private static final int SHOWN = 3;

    private EarlierFiles() {
    }

    /** The fixture file names in {@code spec}'s output directory that are not among {@code written}. */
    static List<String> in(CohortSpec spec, List<String> written) {
        // One patient: every file name a format can write appears, the small-cohort FHIR bundle included.
        CohortSpec any = spec.toBuilder().patients(1).build();
        boolean reusedGlobals = spec.simulateMigration();
        Set<String> names = new LinkedHashSet<>();
        for (FixtureFormat format : FixtureExport.builtInFormats()) {
            if (reusedGlobals && format.name().equals(new VistaFormat().name())) {
                continue; // A migration reuses globals of this same cohort only after checking them.
            }
            names.addAll(format.fileNames(any));
        }
        names.removeAll(written);
        List<String> found = new ArrayList<>();
        for (String name : names) {
            if (Files.exists(spec.outputDir().resolve(name))) {
                found.add(name);
            }
        }
        return found;
    }

    /** A one-line note naming a few of {@code found} and what to do. */
    static String note(Path dir, List<String> found) {
        String shown = String.join(", ", found.subList(0, Math.min(SHOWN, found.size())))
                + (found.size() > SHOWN ? " and " + (found.size() - SHOWN) + " more" : "");
        return "synth: note: " + dir + " also holds " + found.size() + " fixture file"
                + (found.size() == 1 ? "" : "s") + " this run did not write (" + shown + "), left by an earlier run; "
                + "remove them, or write to an empty --output-dir, so they are not read with this cohort";
    }
}
