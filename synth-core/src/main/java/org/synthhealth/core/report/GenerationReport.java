package org.synthhealth.core.report;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a generation run produced: the seed, rows per table, realised beside configured distributions, condition
 * prevalence per age band, the files written and the time taken.
 *
 * <p>Everything but {@link #elapsed()} depends only on the spec and seed; {@link #deterministicText()} leaves the
 * time out so two runs can be compared byte for byte.
 *
 * @param outputDir the directory the files were written to
 * @param formats the format names written, for example {@code csv}; VistA written only as the migration's source
 *     shows as {@code vista (the migration's source)}
 * @param files the files written, relative to {@code outputDir}
 * @param ageBands the age band labels {@code conditionPrevalence} is indexed by
 * @param conditionPrevalence per condition key, the share of patients in each age band who have it
 * @param elapsed wall-clock time of the run; the only value that differs between identical runs
 */
public record GenerationReport(
        long seed,
        long patients,
        LocalDate referenceDate,
        Path outputDir,
        List<String> formats,
        List<String> files,
        Map<String, Long> tableCounts,
        List<DistributionComparison> distributions,
        List<String> ageBands,
        Map<String, List<Double>> conditionPrevalence,
        Duration elapsed) {

    public GenerationReport {
        formats = List.copyOf(formats);
        files = List.copyOf(files);
        tableCounts = Collections.unmodifiableMap(new LinkedHashMap<>(tableCounts));
        distributions = List.copyOf(distributions);
        ageBands = List.copyOf(ageBands);
        conditionPrevalence = Collections.unmodifiableMap(
                new LinkedHashMap<>(conditionPrevalence));
    }

    /** The report built from a finished profile. */
    public static GenerationReport of(CohortProfile profile, long seed, LocalDate referenceDate, Path outputDir,
            List<String> formats, List<String> files, Duration elapsed) {
        return new GenerationReport(seed, profile.patients(), referenceDate, outputDir, formats, files,
                profile.tableCounts(), profile.distributions(), profile.ageBands(), profile.conditionPrevalence(),
                elapsed);
    }

    /** The full report as plain text, time included (what {@code --report-file} writes). */
    public String toText() {
        return render(true);
    }

    /** The full report without the time taken: identical for identical runs. */
    public String deterministicText() {
        return render(false);
    }

    /**
     * A few lines for the console: patients, seed, rows per table, where the files are, the time taken, and how far
     * the realised distributions came from the configured ones (the largest gap; the report file has them all).
     */
    public String summary() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Generated %s (seed %d) in %s into %s\n",
                Plural.count(patients, "patient"), seed, seconds(elapsed), outputDir));
        out.append("Formats: ").append(String.join(", ", formats)).append('\n');
        StringBuilder rows = new StringBuilder("Rows:");
        tableCounts.forEach((table, count) -> rows.append(' ').append(table).append('=').append(count));
        out.append(rows).append('\n');
        LargestGap.of(distributions).ifPresent(gap -> out.append(gap.line()).append('\n'));
        return out.toString();
    }

    private String render(boolean withTime) {
        StringBuilder out = new StringBuilder(4096);
        out.append("synth-health generation report\n\n");
        out.append(String.format(Locale.ROOT, "%-18s %d%n", "Seed:", seed));
        out.append(String.format(Locale.ROOT, "%-18s %d%n", "Patients:", patients));
        out.append(String.format(Locale.ROOT, "%-18s %s%n", "Reference date:", referenceDate));
        out.append(String.format(Locale.ROOT, "%-18s %s%n", "Output directory:", outputDir));
        out.append(String.format(Locale.ROOT, "%-18s %s%n", "Formats:", String.join(", ", formats)));
        if (withTime) {
            out.append(String.format(Locale.ROOT, "%-18s %s%n", "Time taken:", seconds(elapsed)));
        }
        out.append("\nRows per table\n");
        tableCounts.forEach((table, count) -> out.append(String.format(Locale.ROOT, "  %-16s %12d%n", table, count)));
        out.append("\nDistributions (configured vs realised share of patients)\n");
        for (DistributionComparison d : distributions) {
            out.append(String.format(Locale.ROOT, "  %-33s %10s %10s %10s%n", d.name(), "configured", "realised",
                    "patients"));
            for (int i = 0; i < d.categories().size(); i++) {
                String realised = d.patients() == 0 ? "n/a"
                        : String.format(Locale.ROOT, "%.1f%%", 100 * d.realised().get(i));
                out.append(String.format(Locale.ROOT, "    %-31s %9.1f%% %10s %10d%n", d.categories().get(i),
                        100 * d.configured().get(i), realised, d.counts().get(i)));
            }
            if (d.patients() == 0) {
                out.append("    (no patient in this cohort is described by it)\n");
            }
        }
        if (!conditionPrevalence.isEmpty()) {
            out.append("\nCondition prevalence by age band (share of the band's patients)\n");
            out.append(String.format(Locale.ROOT, "  %-30s", "condition"));
            ageBands.forEach(band -> out.append(String.format(Locale.ROOT, " %13s", band)));
            out.append('\n');
            conditionPrevalence.forEach((key, shares) -> {
                out.append(String.format(Locale.ROOT, "  %-30s", key));
                shares.forEach(share -> out.append(String.format(Locale.ROOT, " %12.1f%%", 100 * share)));
                out.append('\n');
            });
        }
        out.append("\nFiles\n");
        files.forEach(file -> out.append("  ").append(file).append('\n'));
        return out.toString();
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.2f s", d.toNanos() / 1e9);
    }
}
