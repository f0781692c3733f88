package org.synthhealth.core.format.vista;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.synthhealth.core.format.vista.FileManRecords.VistaAllergy;
import org.synthhealth.core.format.vista.FileManRecords.VistaImmunization;
import org.synthhealth.core.format.vista.FileManRecords.VistaMovement;
import org.synthhealth.core.format.vista.FileManRecords.VistaPatient;
import org.synthhealth.core.format.vista.FileManRecords.VistaPrescription;
import org.synthhealth.core.format.vista.FileManRecords.VistaProblem;
import org.synthhealth.core.format.vista.FileManRecords.VistaVisit;
import org.synthhealth.core.format.vista.FileManRecords.VistaVital;

/** Turns generic {@link FileManEntry}s into the typed records of {@link FileManRecords}, one method per file. */
final class VistaEntries {

    private VistaEntries() {
    }

    static VistaPatient patient(FileManEntry e) {
        return new VistaPatient(e.ien(), e.piece(0, 1), e.piece(0, 2), FileManDate.parse(e.piece(0, 3)),
                integer(e.piece(0, 5)), e.piece(0, 9), e.piece("MPI", 1), multiple(e, ".02"), multiple(e, ".06"),
                e.piece(.11, 1), e.piece(.11, 4), integer(e.piece(.11, 5)), e.piece(.11, 6), e.piece(.13, 1),
                e.piece(.13, 3), date(e.piece(.35, 1)));
    }

    static VistaVisit visit(FileManEntry e) {
        return new VistaVisit(e.ien(), Long.parseLong(e.piece(0, 5)), FileManDate.parse(e.piece(0, 1)),
                date(e.piece(0, 18)), e.piece(0, 7), e.piece(150, 1));
    }

    static VistaMovement movement(FileManEntry e) {
        return new VistaMovement(e.ien(), Long.parseLong(e.piece(0, 3)), FileManDate.parse(e.piece(0, 1)),
                Integer.parseInt(e.piece(0, 2)), Long.parseLong(e.piece(0, 14)), number(e.piece(0, 17)),
                number(e.piece(0, 27)), e.piece("SYNTH", 1));
    }

    static VistaProblem problem(FileManEntry e, FileManGlobals globals) {
        long icd = Long.parseLong(e.piece(0, 1));
        Optional<FileManEntry> icdEntry = globals.entry("ICD9", icd);
        return new VistaProblem(e.ien(), Long.parseLong(e.piece(0, 2)), icd,
                icdEntry.map(i -> i.piece(0, 1)).orElse(""),
                icdEntry.flatMap(i -> i.node(68, 1, 1)).orElse(""), e.piece(800, 1), e.piece(0, 12),
                FileManDate.parse(e.piece(0, 13)), date(e.piece(1, 7)), e.piece("SYNTH", 1));
    }

    static VistaAllergy allergy(FileManEntry e) {
        return new VistaAllergy(e.ien(), Long.parseLong(e.piece(0, 1)), e.piece(0, 2), e.piece(0, 20),
                FileManDate.parse(e.piece(0, 4)), e.piece("SYNTH", 1));
    }

    static VistaPrescription prescription(FileManEntry e, FileManGlobals globals) {
        long drug = Long.parseLong(e.piece(0, 6));
        Optional<FileManEntry> drugEntry = globals.entry("PSDRUG", drug);
        Optional<String> ndc = drugEntry.map(d -> d.piece(2, 4)).filter(s -> !s.isEmpty());
        return new VistaPrescription(e.ien(), Long.parseLong(e.piece(0, 2)), e.piece(0, 1), drug,
                drugEntry.map(d -> d.piece(0, 1)).orElse(""), drugEntry.map(d -> d.piece("SYNTH", 1)).orElse(""),
                ndc, FileManDate.parse(e.piece(0, 13)), date(e.piece(2, 6)), e.piece("SIG", 1),
                e.piece("STA", 1), e.piece("SYNTH", 1));
    }

    static VistaVital vital(FileManEntry e) {
        return new VistaVital(e.ien(), Long.parseLong(e.piece(0, 2)), FileManDate.parse(e.piece(0, 1)),
                Integer.parseInt(e.piece(0, 3)), e.piece(0, 8), e.piece("SYNTH", 1));
    }

    static VistaImmunization immunization(FileManEntry e, FileManGlobals globals) {
        long vaccine = Long.parseLong(e.piece(0, 1));
        Optional<FileManEntry> vaccineEntry = globals.entry("AUTTIMM", vaccine);
        return new VistaImmunization(e.ien(), Long.parseLong(e.piece(0, 2)), vaccine,
                vaccineEntry.map(v -> v.piece(0, 1)).orElse(""), vaccineEntry.map(v -> v.piece(0, 3)).orElse(""),
                number(e.piece(0, 3)), date(e.piece(12, 1)), e.piece("SYNTH", 1));
    }

    /** The pointers in a multiple's entries {@code (field,n,0)} piece 1, in entry order. */
    private static List<Integer> multiple(FileManEntry e, String field) {
        List<Integer> out = new ArrayList<>();
        for (Map.Entry<String, String> node : e.nodes().entrySet()) {
            String[] key = node.getKey().split(",");
            if (key.length == 3 && key[0].equals(field) && key[2].equals("0") && !key[1].equals("0")) {
                integer(FileManEntry.piece(node.getValue(), 1)).ifPresent(out::add);
            }
        }
        return out;
    }

    private static Optional<FileManDate> date(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(FileManDate.parse(text));
    }

    private static Optional<Integer> integer(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(Integer.parseInt(text));
    }

    private static Optional<Long> number(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(text));
    }
}
