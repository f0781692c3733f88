package org.synthhealth.core.format.vista;

import java.util.List;
import java.util.Optional;

/**
 * Typed views of the FileMan entries {@link VistaExtract} reads, one record per file, with pointers kept as entry
 * numbers and resolved codes beside them. Dates are {@link FileManDate}s (UTC). {@code rowId} is the synth-health id
 * of the source row, read from the entry's {@code "SYNTH"} node (or the VISIT ID for visits); it is empty text when
 * the file came from elsewhere.
 */
public final class FileManRecords {

    private FileManRecords() {
    }

    /**
     * A PATIENT (#2) entry.
     *
     * @param name the .01 NAME, {@code LAST,FIRST MIDDLE}
     * @param sex {@code M} or {@code F}
     * @param maritalStatusIen the pointer to MARITAL STATUS (#11), when set
     * @param icn the enterprise id from {@code ^DPT(DFN,"MPI")} piece 1: this project's MRN
     * @param raceIens pointers to RACE (#10) from the .02 multiple
     * @param ethnicityIens pointers to ETHNICITY (#10.2) from the .06 multiple
     * @param stateIen pointer to STATE (#5), whose entry number is the FIPS code
     */
    public record VistaPatient(long dfn, String name, String sex, FileManDate birthDate,
            Optional<Integer> maritalStatusIen, String ssn, String icn, List<Integer> raceIens,
            List<Integer> ethnicityIens, String street, String city, Optional<Integer> stateIen, String zip,
            String phone, String email, Optional<FileManDate> dateOfDeath) {

        /** Copies the lists. */
        public VistaPatient {
            raceIens = List.copyOf(raceIens);
            ethnicityIens = List.copyOf(ethnicityIens);
        }

        /** The name split into its parts. */
        public FileManName parsedName() {
            return FileManName.parse(name);
        }
    }

    /**
     * A VISIT (#9000010) entry.
     *
     * @param serviceCategory piece 7: {@code A} ambulatory, {@code H} hospitalization, ...
     * @param visitId node 150 piece 1 (VISIT ID): the synth-health encounter id
     */
    public record VistaVisit(long ien, long dfn, FileManDate start, Optional<FileManDate> end,
            String serviceCategory, String visitId) {
    }

    /**
     * A PATIENT MOVEMENT (#405) entry.
     *
     * @param transactionType 1 admission, 2 transfer, 3 discharge
     * @param admissionIen piece 14, the admission this movement belongs to
     * @param dischargeIen piece 17 of an admission, its discharge
     * @param visitIen piece 27 of an admission, its VISIT entry
     */
    public record VistaMovement(long ien, long dfn, FileManDate dateTime, int transactionType, long admissionIen,
            Optional<Long> dischargeIen, Optional<Long> visitIen, String rowId) {
    }

    /**
     * A PROBLEM (#9000011) entry.
     *
     * @param icdCode the ICD-10-CM code of the ICD DIAGNOSIS entry it points at
     * @param snomed node 800 piece 1
     * @param status {@code A} active or {@code I} inactive
     */
    public record VistaProblem(long ien, long dfn, long icdIen, String icdCode, String icdDescription, String snomed,
            String status, FileManDate onset, Optional<FileManDate> resolved, String rowId) {
    }

    /**
     * A PATIENT ALLERGIES (#120.8) entry.
     *
     * @param type piece 20: {@code F} food, {@code D} drug, {@code O} other
     */
    public record VistaAllergy(long ien, long dfn, String reactant, String type, FileManDate origination,
            String rowId) {
    }

    /**
     * A PRESCRIPTION (#52) entry with its DRUG (#50).
     *
     * @param rxnorm the drug's RxNorm code from {@code ^PSDRUG(IEN,"SYNTH")}
     * @param status the {@code "STA"} node: 0 active, 11 expired
     */
    public record VistaPrescription(long ien, long dfn, String rxNumber, long drugIen, String drugName, String rxnorm,
            Optional<String> ndc, FileManDate issued, Optional<FileManDate> expires, String sig, String status,
            String rowId) {
    }

    /**
     * A GMRV VITAL MEASUREMENT (#120.5) entry.
     *
     * @param typeIen pointer to GMRV VITAL TYPE (#120.51): 1 BP, 2 T, 3 R, 5 P, 8 HT, 9 WT, 21 PO2
     * @param value piece 8 in VistA's units ({@code 120/80}, degrees F, inches, pounds)
     */
    public record VistaVital(long ien, long dfn, FileManDate taken, int typeIen, String value, String rowId) {
    }

    /**
     * A V IMMUNIZATION (#9000010.11) entry with its IMMUNIZATION (#9999999.14).
     *
     * @param cvx piece 3 of the IMMUNIZATION entry
     */
    public record VistaImmunization(long ien, long dfn, long vaccineIen, String vaccineName, String cvx,
            Optional<Long> visitIen, Optional<FileManDate> given, String rowId) {
    }
}
