package org.synthhealth.core.format.vista;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.synthhealth.core.format.vista.FileManRecords.VistaAllergy;
import org.synthhealth.core.format.vista.FileManRecords.VistaImmunization;
import org.synthhealth.core.format.vista.FileManRecords.VistaMovement;
import org.synthhealth.core.format.vista.FileManRecords.VistaPatient;
import org.synthhealth.core.format.vista.FileManRecords.VistaPrescription;
import org.synthhealth.core.format.vista.FileManRecords.VistaProblem;
import org.synthhealth.core.format.vista.FileManRecords.VistaVisit;
import org.synthhealth.core.format.vista.FileManRecords.VistaVital;
import org.synthhealth.core.InvalidInputException;
import org.synthhealth.core.model.Ids;

/**
 * The typed content of a {@code vista_globals.zwr} file: patients by DFN and their visits, movements, problems,
 * allergies, prescriptions, vitals and immunizations, with pointers resolved to codes. This is what a migration
 * extracts from VistA.
 *
 * <p>Example:
 * <pre>{@code
 * VistaExtract vista = VistaExtract.read(outputDir.resolve("vista_globals.zwr"));
 * for (VistaPatient p : vista.patients()) {
 *     String patientId = vista.patientId(p.dfn()).orElseThrow();
 *     List<VistaVisit> visits = vista.visits(p.dfn());
 * }
 * }</pre>
 *
 * <p>Lists are in entry-number order, which is the order of the source rows within each patient. An entry that does
 * not follow the layout (a missing pointer, a malformed date) throws {@link InvalidInputException} naming the node.
 * Immutable once read.
 */
public final class VistaExtract {

    private final FileManGlobals globals;
    private final Map<Long, VistaPatient> patients = new TreeMap<>();
    private final Map<Long, List<VistaVisit>> visits = new TreeMap<>();
    private final Map<Long, List<VistaMovement>> movements = new TreeMap<>();
    private final Map<Long, List<VistaProblem>> problems = new TreeMap<>();
    private final Map<Long, List<VistaAllergy>> allergies = new TreeMap<>();
    private final Map<Long, List<VistaPrescription>> prescriptions = new TreeMap<>();
    private final Map<Long, List<VistaVital>> vitals = new TreeMap<>();
    private final Map<Long, List<VistaImmunization>> immunizations = new TreeMap<>();

    private VistaExtract(FileManGlobals globals) {
        this.globals = globals;
        globals.entries("DPT").values().forEach(e -> patients.put(e.ien(), typed("DPT", e, VistaEntries::patient)));
        group(visits, "AUPNVSIT", VistaEntries::visit, VistaVisit::dfn);
        group(movements, "DGPM", VistaEntries::movement, VistaMovement::dfn);
        group(problems, "AUPNPROB", e -> VistaEntries.problem(e, globals), VistaProblem::dfn);
        group(allergies, "GMR(120.8", VistaEntries::allergy, VistaAllergy::dfn);
        group(prescriptions, "PSRX", e -> VistaEntries.prescription(e, globals), VistaPrescription::dfn);
        group(vitals, "GMR(120.5", VistaEntries::vital, VistaVital::dfn);
        group(immunizations, "AUPNVIMM", e -> VistaEntries.immunization(e, globals), VistaImmunization::dfn);
    }

    /** Reads a ZWR file written by {@link VistaFormat} (or any file with the same layout). */
    public static VistaExtract read(Path zwr) throws IOException {
        return new VistaExtract(FileManGlobals.read(zwr));
    }

    /** Views globals already read. */
    public static VistaExtract of(FileManGlobals globals) {
        return new VistaExtract(globals);
    }

    /** The generic view underneath, for files and nodes this class does not type. */
    public FileManGlobals globals() {
        return globals;
    }

    /** The seed from the header's {@code seed=} word, when the file has one. */
    public Optional<Long> seed() {
        return globals.header().flatMap(h -> h.field("seed")).map(Long::parseLong);
    }

    /** The synth-health patient id of a DFN: {@code Ids.patient(seed, dfn - 1)}; empty without a seed. */
    public Optional<String> patientId(long dfn) {
        return seed().map(s -> Ids.patient(s, dfn - 1));
    }

    /** Every PATIENT entry in DFN order. */
    public List<VistaPatient> patients() {
        return List.copyOf(patients.values());
    }

    /** The PATIENT entry with this DFN. */
    public Optional<VistaPatient> patient(long dfn) {
        return Optional.ofNullable(patients.get(dfn));
    }

    /** The patient's visits. */
    public List<VistaVisit> visits(long dfn) {
        return of(visits, dfn);
    }

    /** The patient's admission and discharge movements. */
    public List<VistaMovement> movements(long dfn) {
        return of(movements, dfn);
    }

    /** The patient's problems. */
    public List<VistaProblem> problems(long dfn) {
        return of(problems, dfn);
    }

    /** The patient's allergies. */
    public List<VistaAllergy> allergies(long dfn) {
        return of(allergies, dfn);
    }

    /** The patient's prescriptions. */
    public List<VistaPrescription> prescriptions(long dfn) {
        return of(prescriptions, dfn);
    }

    /** The patient's vital measurements. */
    public List<VistaVital> vitals(long dfn) {
        return of(vitals, dfn);
    }

    /** The patient's immunizations. */
    public List<VistaImmunization> immunizations(long dfn) {
        return of(immunizations, dfn);
    }

    /** The CDC race code of a RACE (#10) entry (piece 3). */
    public Optional<String> raceCode(int ien) {
        return globals.entry("DIC(10", ien).map(e -> e.piece(0, 3));
    }

    /** The CDC ethnicity code of an ETHNICITY (#10.2) entry (piece 3). */
    public Optional<String> ethnicityCode(int ien) {
        return globals.entry("DIC(10.2", ien).map(e -> e.piece(0, 3));
    }

    /** The USPS abbreviation of a STATE (#5) entry (piece 2). */
    public Optional<String> stateAbbreviation(int ien) {
        return globals.entry("DIC(5", ien).map(e -> e.piece(0, 2));
    }

    /** The name of a MARITAL STATUS (#11) entry (piece 1). */
    public Optional<String> maritalStatusName(int ien) {
        return globals.entry("DIC(11", ien).map(e -> e.piece(0, 1));
    }

    private <T> void group(Map<Long, List<T>> into, String root, Function<FileManEntry, T> type,
            Function<T, Long> dfn) {
        for (FileManEntry e : globals.entries(root).values()) {
            T record = typed(root, e, type);
            into.computeIfAbsent(dfn.apply(record), k -> new ArrayList<>()).add(record);
        }
    }

    private static <T> T typed(String root, FileManEntry e, Function<FileManEntry, T> type) {
        try {
            return type.apply(e);
        } catch (RuntimeException ex) {
            throw new InvalidInputException("^" + root + (root.contains("(") ? "," : "(") + e.ien() + "): "
                    + ex.getMessage() + "; expected the layout of docs/guide/vista-layout.md", ex);
        }
    }

    private static <T> List<T> of(Map<Long, List<T>> byDfn, long dfn) {
        return Collections.unmodifiableList(byDfn.getOrDefault(dfn, List.of()));
    }
}
