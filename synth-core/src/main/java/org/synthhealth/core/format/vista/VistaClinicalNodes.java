package org.synthhealth.core.format.vista;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.synthhealth.core.model.Allergy;
import org.synthhealth.core.model.ClinicalStatus;
import org.synthhealth.core.model.Condition;
import org.synthhealth.core.model.Immunization;
import org.synthhealth.core.model.Medication;
import org.synthhealth.core.model.MedicationStatus;
import org.synthhealth.core.model.Patient;

/**
 * Writes one patient's PROBLEM (#9000011), PATIENT ALLERGIES (#120.8), PRESCRIPTION (#52) and V IMMUNIZATION
 * (#9000010.11) entries. Vitals are in {@link VistaVitalNodes}. The layout is in {@code docs/guide/vista-layout.md}.
 */
final class VistaClinicalNodes {

    private VistaClinicalNodes() {
    }

    /** Writes the patient's problems, each pointing at an ICD DIAGNOSIS entry, with SNOMED CT in node 800. */
    static void writeProblems(Patient patient, long dfn, VistaCatalog catalog, NodeSink out) throws IOException {
        for (Condition c : patient.conditions()) {
            long ien = ++catalog.problems;
            String onset = FileManDate.format(c.onsetDate());
            String status = c.status() == ClinicalStatus.ACTIVE ? "A" : "I";
            out.put("AUPNPROB", catalog.icdIen(c.icd10()) + "^" + dfn + "^" + onset + "^^^^^" + onset + "^^^^"
                    + status + "^" + onset, ien, 0);
            if (c.resolutionDate().isPresent()) {
                out.put("AUPNPROB", "^^^^^^" + FileManDate.format(c.resolutionDate().get()), ien, 1);
            }
            out.put("AUPNPROB", FileManText.clean(c.snomed().code()), ien, 800);
            out.put("AUPNPROB", FileManText.clean(c.id()), ien, "SYNTH");
            out.put("AUPNPROB", "", "AC", dfn, ien);
        }
    }

    /** Writes the patient's allergies: reactant as free text, allergy type F, D or O in piece 20. */
    static void writeAllergies(Patient patient, long dfn, VistaCatalog catalog, NodeSink out) throws IOException {
        for (Allergy a : patient.allergies()) {
            long ien = ++catalog.allergies;
            String type = switch (a.category()) {
                case FOOD -> "F";
                case MEDICATION -> "D";
                case ENVIRONMENT -> "O";
            };
            String reactant = FileManText.clean(a.substance().display(), 60).toUpperCase(java.util.Locale.ROOT);
            out.put("GMR", dfn + "^" + reactant + "^^" + FileManDate.format(a.onsetDate()) + "^".repeat(16) + type,
                    "120.8", ien, 0);
            out.put("GMR", FileManText.clean(a.id()), "120.8", ien, "SYNTH");
            out.put("GMR", "", "120.8", "B", dfn, ien);
        }
    }

    /**
     * Writes the patient's prescriptions, each pointing at a DRUG entry; the SIG holds dose and frequency. The
     * expiration date is the end date, a course's planned end even after the reference date; STA says whether the
     * prescription is still active.
     */
    static void writePrescriptions(Patient patient, long dfn, VistaCatalog catalog, NodeSink out)
            throws IOException {
        for (Medication m : patient.medications()) {
            long ien = ++catalog.prescriptions;
            int drug = catalog.drugIen(m.rxnorm(), m.ndc());
            String issued = FileManDate.format(m.startDate());
            out.put("PSRX", ien + "^" + dfn + "^^^^" + drug + "^".repeat(7) + issued, ien, 0);
            Optional<String> expires = m.endDate().map(FileManDate::format);
            out.put("PSRX", "^" + issued + "^^^^" + expires.orElse(""), ien, 2);
            out.put("PSRX", FileManText.clean(m.dosage() + " " + m.frequency()), ien, "SIG");
            out.put("PSRX", m.status() == MedicationStatus.ACTIVE ? "0" : "11", ien, "STA");
            out.put("PSRX", FileManText.clean(m.id()), ien, "SYNTH");
            out.put("PSRX", "", "B", ien, ien);
        }
    }

    /** Writes the patient's immunizations, each pointing at an IMMUNIZATION entry and at its visit. */
    static void writeImmunizations(Patient patient, long dfn, Map<String, Long> visitIens, VistaCatalog catalog,
            NodeSink out) throws IOException {
        for (Immunization i : patient.immunizations()) {
            long ien = ++catalog.immunizations;
            String visit = Optional.ofNullable(visitIens.get(i.encounterId())).map(String::valueOf).orElse("");
            out.put("AUPNVIMM", catalog.vaccineIen(i.vaccine()) + "^" + dfn + "^" + visit, ien, 0);
            out.put("AUPNVIMM", FileManDate.format(i.occurred()), ien, 12);
            out.put("AUPNVIMM", FileManText.clean(i.id()), ien, "SYNTH");
            out.put("AUPNVIMM", "", "C", dfn, ien);
        }
    }
}
