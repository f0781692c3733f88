package org.synthhealth.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.FixtureExport;
import org.synthhealth.core.format.FixtureFormat;
import org.synthhealth.core.format.vista.VistaFormat;

/**
 * Finds fixture files in the output directory that this run did not write: tables of the other table format, FHIR,
 * HL7 or VistA files left by an earlier run, perhaps of another seed or size. They are not removed (they may be
 * wanted), but a reader of the folder should know they do not belong to this cohort: each format gets its own note,
 * so {@code patients.parquet} of 1,500 patients beside this run's {@code patients.csv} of 20 cannot pass unseen.
 */
final class EarlierFiles {

    private static final int SHOWN = 3;

    private EarlierFiles() {
    }

    /** The files of one format that an earlier run left, with every name that format can write. */
    record Leftover(String format, List<String> found, List<String> all) {

        private boolean tables() {
            return format.equals("csv") || format.equals("parquet");
        }
    }

    /** Per format, in the built-in formats' order, the files in {@code spec}'s output folder not in {@code written}. */
    static List<Leftover> in(CohortSpec spec, List<String> written) {
        // One patient: every file name a format can write appears, the small-cohort FHIR bundle included.
        CohortSpec any = spec.toBuilder().patients(1).build();
        List<Leftover> leftovers = new ArrayList<>();
        for (FixtureFormat format : FixtureExport.builtInFormats()) {
            if (spec.simulateMigration() && format.name().equals(new VistaFormat().name())) {
                continue; // A migration reuses globals of this same cohort only after checking them.
            }
            List<String> all = format.fileNames(any);
            List<String> found = all.stream()
                    .filter(name -> !written.contains(name))
                    .filter(name -> Files.exists(spec.outputDir().resolve(name)))
                    .toList();
            if (!found.isEmpty()) {
                leftovers.add(new Leftover(format.name(), found, all));
            }
        }
        return leftovers;
    }

    /** A one-line note naming {@code leftover}'s files (or their count) and what to do about them. */
    static String note(Path dir, Leftover leftover) {
        int count = leftover.found().size();
        String them = count == 1 ? "it" : "them";
        return "synth: note: " + dir + " also holds " + describe(leftover) + " of an earlier run, not rewritten by "
                + "this one; remove " + them + ", add " + leftover.format() + " to --formats to write " + them
                + " again, or write to an empty --output-dir, so " + (count == 1 ? "it is" : "they are")
                + " not read with this cohort";
    }

    private static String describe(Leftover leftover) {
        List<String> found = leftover.found();
        int count = found.size();
        String kind = leftover.format() + " " + (leftover.tables() ? "table" : "file") + (count == 1 ? "" : "s");
        if (count == leftover.all().size() && count > SHOWN) {
            return "the " + count + " " + kind;
        }
        if (count <= SHOWN) {
            return "the " + kind + " " + String.join(", ", found);
        }
        return count + " " + kind + " (" + String.join(", ", found.subList(0, SHOWN)) + " and " + (count - SHOWN)
                + " more)";
    }
}
