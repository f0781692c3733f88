package org.synthhealth.junit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.synthhealth.core.migration.MigrationResult;
import org.synthhealth.core.report.html.Figures;
import org.synthhealth.core.report.html.HtmlReport;

/** Writes the HTML migration dashboard of a failed test's migrations, so its report entry can link to it. */
public final class MigrationDashboard {

    private MigrationDashboard() {
    }

    /** Writes the page to a new temporary file (kept after the run) and returns its path. */
    public static Path write(List<MigrationResult> results) {
        try {
            Path page = Files.createTempFile("synth-migration-", ".html");
            HtmlReport.ofMigrations(results.stream().map(Figures::of).toList()).write(page);
            return page;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the migration dashboard", e);
        }
    }
}
