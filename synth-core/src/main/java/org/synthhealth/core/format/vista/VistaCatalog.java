package org.synthhealth.core.format.vista;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.synthhealth.core.model.Code;

/**
 * The state a VistA export keeps between patients: the last entry number of every file, and the lookup entries
 * (ICD DIAGNOSIS, DRUG, IMMUNIZATION) created on first use. Entries are numbered in order of first use, which follows
 * patient order, so the numbering is deterministic. Memory grows with distinct codes only, not with patients.
 */
final class VistaCatalog {

    long patients;
    long movements;
    long visits;
    long problems;
    long allergies;
    long prescriptions;
    long vitals;
    long immunizations;

    private final Map<String, Lookup> icd = new LinkedHashMap<>();
    private final Map<String, Lookup> drugs = new LinkedHashMap<>();
    private final Map<String, Lookup> vaccines = new LinkedHashMap<>();

    /** One lookup entry: its number, display name and the secondary code when there is one (NDC for drugs). */
    private record Lookup(int ien, String code, String name, Optional<String> extra) {
    }

    /** The ICD DIAGNOSIS (#80) entry for an ICD-10-CM code, created on first use. */
    int icdIen(Code icd10) {
        return icd.computeIfAbsent(icd10.code(),
                c -> new Lookup(icd.size() + 1, c, icd10.display(), Optional.empty())).ien();
    }

    /** The DRUG (#50) entry for an RxNorm code, created on first use. */
    int drugIen(Code rxnorm, Optional<Code> ndc) {
        return drugs.computeIfAbsent(rxnorm.code(), c -> new Lookup(drugs.size() + 1, c, rxnorm.display(),
                ndc.map(Code::code))).ien();
    }

    /** The IMMUNIZATION (#9999999.14) entry for a CVX code, created on first use. */
    int vaccineIen(Code cvx) {
        return vaccines.computeIfAbsent(cvx.code(),
                c -> new Lookup(vaccines.size() + 1, c, cvx.display(), Optional.empty())).ien();
    }

    /** Writes ICD DIAGNOSIS, DRUG and IMMUNIZATION entries with their "B" cross-references. */
    void writeLookups(NodeSink out) throws IOException {
        for (Lookup e : icd.values()) {
            out.put("ICD9", e.code(), e.ien(), 0);
            out.put("ICD9", "30", e.ien(), 1);
            out.put("ICD9", "^80.068D^1^1", e.ien(), 68, 0);
            out.put("ICD9", "3151001", e.ien(), 68, 1, 0);
            out.put("ICD9", FileManText.clean(e.name(), 245), e.ien(), 68, 1, 1);
            out.put("ICD9", "", "B", e.code(), e.ien());
        }
        for (Lookup e : drugs.values()) {
            String name = FileManText.clean(e.name(), 40).toUpperCase(java.util.Locale.ROOT);
            out.put("PSDRUG", name, e.ien(), 0);
            if (e.extra().isPresent()) {
                out.put("PSDRUG", "^^^" + FileManText.clean(e.extra().get()), e.ien(), 2);
            }
            out.put("PSDRUG", e.code(), e.ien(), "SYNTH");
            out.put("PSDRUG", "", "B", name.length() > 30 ? name.substring(0, 30) : name, e.ien());
        }
        for (Lookup e : vaccines.values()) {
            String name = FileManText.clean(e.name(), 40).toUpperCase(java.util.Locale.ROOT);
            out.put("AUTTIMM", name + "^^" + FileManText.clean(e.code()), e.ien(), 0);
            out.put("AUTTIMM", "", "B", name.length() > 30 ? name.substring(0, 30) : name, e.ien());
        }
    }

    /** Writes the header (zero) node of every file: name, number and flags, last entry number, entry count. */
    void writeHeaders(NodeSink out) throws IOException {
        out.put("DPT", header("PATIENT", "2I", patients), 0);
        out.put("DGPM", header("PATIENT MOVEMENT", "405D", movements), 0);
        out.put("AUPNVSIT", header("VISIT", "9000010D", visits), 0);
        out.put("AUPNPROB", header("PROBLEM", "9000011P", problems), 0);
        out.put("GMR", header("PATIENT ALLERGIES", "120.8P", allergies), 120.8, 0);
        out.put("GMR", header("GMRV VITAL MEASUREMENT", "120.5D", vitals), 120.5, 0);
        out.put("PSRX", header("PRESCRIPTION", "52", prescriptions), 0);
        out.put("AUPNVIMM", header("V IMMUNIZATION", "9000010.11P", immunizations), 0);
        out.put("ICD9", header("ICD DIAGNOSIS", "80I", icd.size()), 0);
        out.put("PSDRUG", header("DRUG", "50I", drugs.size()), 0);
        out.put("AUTTIMM", header("IMMUNIZATION", "9999999.14", vaccines.size()), 0);
    }

    private static String header(String name, String numberAndFlags, long count) {
        return count == 0 ? name + "^" + numberAndFlags : name + "^" + numberAndFlags + "^" + count + "^" + count;
    }
}
