package org.synthhealth.core.migration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.synthhealth.core.config.AtomicFile;
import org.synthhealth.core.migration.internal.report.JsonReport;
import org.synthhealth.core.migration.internal.report.TextReport;

/**
 * Renders a {@link MigrationResult} as a readable text report and as JSON (schema in
 * {@code docs/guide/migration-report-schema.md}). Both are deterministic: no wall-clock value, fixed key order.
 */
public final class MigrationReports {

    private MigrationReports() {
    }

    /** The text report. */
    public static String text(MigrationResult result) {
        return TextReport.render(result);
    }

    /** The JSON report. */
    public static String json(MigrationResult result) {
        return JsonReport.render(result);
    }

    /**
     * Writes the text report to {@code textFile} and the JSON report beside it, named like it with the extension
     * replaced by {@code .json} ({@code migration_analysis.txt} gives {@code migration_analysis.json}). Each file is
     * written atomically, through a symbolic link to its target (see {@link AtomicFile}).
     *
     * @return the path of the JSON report
     */
    public static Path write(MigrationResult result, Path textFile) throws IOException {
        AtomicFile.write(textFile, text(result).getBytes(StandardCharsets.UTF_8));
        Path json = jsonPathFor(textFile);
        AtomicFile.write(json, json(result).getBytes(StandardCharsets.UTF_8));
        return json;
    }

    /**
     * Where the JSON report of a text report goes: same folder and name, extension {@code .json} (or {@code .json}
     * appended when the text report is itself named {@code .json}).
     */
    public static Path jsonPathFor(Path textFile) {
        String name = textFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        Path json = textFile.resolveSibling(base + ".json");
        return json.equals(textFile) ? textFile.resolveSibling(name + ".json") : json;
    }
}
