package org.synthhealth.core.format.vista;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.io.OutputStreamWriter;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.config.CohortFingerprint;
import org.synthhealth.core.format.FixtureWriter;
import org.synthhealth.core.format.PublishGate;
import org.synthhealth.core.format.StagedFile;
import org.synthhealth.core.model.Patient;

/**
 * Streams a cohort into {@code vista_globals.zwr} (and its alias {@code vista_globals.mumps}), one patient at a time.
 *
 * <p>Each patient's nodes are written as soon as the patient arrives; the lookup files and every file's header node
 * follow the last patient. Output is pure ASCII and depends only on the patients, the seed and the spec's
 * generation settings (through the header).
 * Not thread-safe: one writer per output, fed from one thread.
 */
final class VistaWriter implements FixtureWriter {

    private static final String[] MONTHS = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT",
        "NOV", "DEC"};

    private final StagedFile target;
    private final StagedFile alias;
    private final BufferedWriter out;
    private final VistaCatalog catalog = new VistaCatalog();
    private final NodeSink sink;
    private boolean finished;

    VistaWriter(Path outputDir, CohortSpec spec, long seed) throws IOException {
        Files.createDirectories(outputDir);
        this.target = StagedFile.of(outputDir.resolve(VistaFormat.FILE_NAME));
        this.alias = StagedFile.of(outputDir.resolve(VistaFormat.ALIAS_NAME));
        this.out = new BufferedWriter(new OutputStreamWriter(target.openStream(), StandardCharsets.US_ASCII),
                1 << 16);
        this.sink = node -> {
            out.write(ZwrSyntax.format(node));
            out.write('\n');
        };
        try {
            ZwrHeader header = header(spec, seed);
            out.write(header.text());
            out.write('\n');
            VistaTables.writeAll(sink);
        } catch (IOException | RuntimeException | Error e) {
            close();
            throw e;
        }
    }

    /**
     * The header this writer puts at the top of the file. Besides the seed it names the patient count the spec asks
     * for and the spec's {@link CohortFingerprint}, so that a migration reusing the file can tell whether it holds
     * the cohort being migrated.
     */
    static ZwrHeader header(CohortSpec spec, long seed) {
        LocalDate referenceDate = spec.referenceDate();
        String label = "synth-health VistA FileMan globals seed=" + seed + " dfn=index+1 reference=" + referenceDate
                + " " + ZwrHeader.PATIENTS + "=" + spec.numRecords()
                + " " + ZwrHeader.CONFIGURATION + "=" + CohortFingerprint.of(spec);
        String date = String.format(Locale.ROOT, "%02d-%s-%04d  00:00:00 ZWR", referenceDate.getDayOfMonth(),
                MONTHS[referenceDate.getMonthValue() - 1], referenceDate.getYear());
        return new ZwrHeader(label, date);
    }

    @Override
    public void write(Patient patient) throws IOException {
        long dfn = VistaPatientNodes.dfn(patient);
        catalog.patients++;
        catalog.lastDfn = Math.max(catalog.lastDfn, dfn);
        VistaPatientNodes.writePatient(patient, sink);
        Map<String, Long> visits = VistaPatientNodes.writeVisits(patient, catalog, sink);
        VistaClinicalNodes.writeProblems(patient, dfn, catalog, sink);
        VistaClinicalNodes.writeAllergies(patient, dfn, catalog, sink);
        VistaClinicalNodes.writePrescriptions(patient, dfn, catalog, sink);
        VistaVitalNodes.write(patient, dfn, catalog, sink);
        VistaClinicalNodes.writeImmunizations(patient, dfn, visits, catalog, sink);
    }

    @Override
    public void finish() throws IOException {
        catalog.writeLookups(sink);
        catalog.writeHeaders(sink);
        out.close();
        PublishGate.PROCESS.staging(() -> Files.copy(target.temporary(), alias.temporary(),
                StandardCopyOption.REPLACE_EXISTING));
        finished = true;
    }

    @Override
    public void commit() throws IOException {
        target.commit();
        alias.commit();
    }

    @Override
    public void close() throws IOException {
        try {
            if (!finished) {
                out.close();
            }
        } finally {
            // Each deletes its temporary file unless commit() moved it into place.
            try {
                target.close();
            } finally {
                alias.close();
            }
        }
    }
}
