package org.synthhealth.core.format.vista;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.synthhealth.core.model.Address;
import org.synthhealth.core.model.Demographics;
import org.synthhealth.core.model.Encounter;
import org.synthhealth.core.model.EncounterClass;
import org.synthhealth.core.model.Patient;

/**
 * Writes one patient's PATIENT (#2) entry, PATIENT MOVEMENT (#405) admissions and discharges, and VISIT (#9000010)
 * entries. The layout is described in {@code docs/guide/vista-layout.md}.
 */
final class VistaPatientNodes {

    private VistaPatientNodes() {
    }

    /** The DFN of a patient: its index plus one. */
    static long dfn(Patient patient) {
        return patient.index() + 1;
    }

    /** Writes the PATIENT entry and its cross-references. */
    static void writePatient(Patient patient, NodeSink out) throws IOException {
        long dfn = dfn(patient);
        Demographics d = patient.demographics();
        String name = FileManName.of(d.lastName(), d.firstName(), d.middleName()).value();
        String zero = name + "^" + d.sex().code() + "^" + FileManDate.format(d.birthDate()) + "^^"
                + d.maritalStatus().vistaIen() + "^^^^" + d.ssn();
        out.put("DPT", zero, dfn, 0);
        out.put("DPT", "^2.02PA^1^1", dfn, ".02", 0);
        out.put("DPT", String.valueOf(VistaTables.raceIen(d.race())), dfn, ".02", 1, 0);
        out.put("DPT", "", dfn, ".02", "B", VistaTables.raceIen(d.race()), 1);
        out.put("DPT", "^2.06PA^1^1", dfn, ".06", 0);
        out.put("DPT", String.valueOf(VistaTables.ethnicityIen(d.ethnicity())), dfn, ".06", 1, 0);
        out.put("DPT", "", dfn, ".06", "B", VistaTables.ethnicityIen(d.ethnicity()), 1);
        out.put("DPT", address(d.address()), dfn, ".11");
        out.put("DPT", FileManText.clean(d.phone()) + "^^" + FileManText.clean(d.email()), dfn, ".13");
        if (patient.death().isPresent()) {
            out.put("DPT", FileManDate.format(patient.death().get().dateTime()), dfn, ".35");
        }
        out.put("DPT", FileManText.clean(d.mrn()), dfn, "MPI");
        out.put("DPT", "", "B", name, dfn);
        out.put("DPT", "", "SSN", d.ssn(), dfn);
    }

    /**
     * Writes the patient's visits and, for inpatient stays, the admission and discharge movements.
     *
     * @return each encounter id mapped to its VISIT entry number, for the clinical files that point at visits
     */
    static Map<String, Long> writeVisits(Patient patient, VistaCatalog catalog, NodeSink out) throws IOException {
        long dfn = dfn(patient);
        Map<String, Long> visitIens = new HashMap<>();
        for (Encounter e : patient.encounters()) {
            long ien = ++catalog.visits;
            visitIens.put(e.id(), ien);
            String start = FileManDate.format(e.start());
            String end = FileManDate.format(e.end());
            out.put("AUPNVSIT", start + "^" + start + "^^^" + dfn + "^^" + e.encounterClass().vistaServiceCategory()
                    + "^^^^^^^^^^^" + end, ien, 0);
            out.put("AUPNVSIT", FileManText.clean(e.id()), ien, 150);
            out.put("AUPNVSIT", "", "B", start, ien);
            out.put("AUPNVSIT", "", "C", dfn, ien);
            if (e.encounterClass() == EncounterClass.INPATIENT) {
                writeStay(e, dfn, ien, catalog, out);
            }
        }
        return visitIens;
    }

    private static void writeStay(Encounter e, long dfn, long visitIen, VistaCatalog catalog, NodeSink out)
            throws IOException {
        long admission = ++catalog.movements;
        long discharge = ++catalog.movements;
        String in = FileManDate.format(e.start());
        String outAt = FileManDate.format(e.end());
        out.put("DGPM", in + "^1^" + dfn + pieces(11) + admission + "^^^" + discharge + pieces(10) + visitIen,
                admission, 0);
        out.put("DGPM", outAt + "^3^" + dfn + pieces(11) + admission, discharge, 0);
        out.put("DGPM", FileManText.clean(e.id()), admission, "SYNTH");
        out.put("DGPM", "", "B", in, admission);
        out.put("DGPM", "", "B", outAt, discharge);
        out.put("DGPM", "", "C", dfn, admission);
        out.put("DGPM", "", "C", dfn, discharge);
    }

    /** {@code n} piece delimiters, to skip from one piece to a later one. */
    private static String pieces(int n) {
        return "^".repeat(n);
    }

    private static String address(Address a) {
        String state = VistaTables.stateIen(a.state()).map(String::valueOf).orElse("");
        return FileManText.clean(a.line(), 35) + "^^^" + FileManText.clean(a.city(), 15) + "^" + state + "^"
                + FileManText.clean(a.postalCode());
    }
}
