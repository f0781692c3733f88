package org.synthhealth.core.migration.internal.transform;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.synthhealth.core.migration.internal.extract.SourceEntry;
import org.synthhealth.core.migration.internal.extract.VistaSource;
import org.synthhealth.core.migration.internal.extract.SourceRecord;
import org.synthhealth.core.migration.internal.extract.VistaLayout;
import org.synthhealth.core.migration.internal.target.TargetPatient;
import org.synthhealth.core.migration.internal.target.TargetRow;
import org.synthhealth.core.migration.internal.target.TargetTable;

/**
 * Maps one patient's FileMan entries to target rows: FileMan dates to dates and times, NAME to name parts, pointers
 * to the codes of the files they point at (RACE and ETHNICITY to CDC codes, ICD DIAGNOSIS to ICD-10-CM, IMMUNIZATION
 * to CVX, VITAL TYPE to LOINC). A value that cannot be mapped raises {@link TransformFailure}.
 */
public final class Transformer {

    private final Dictionaries dictionaries;

    /** A transformer resolving pointers against the files of {@code index}. */
    public Transformer(VistaSource index) {
        this.dictionaries = new Dictionaries(index);
    }

    /** The target rows of one patient. */
    public TargetPatient transform(SourceRecord source) {
        long dfn = source.dfn();
        TargetPatient target = new TargetPatient(dfn);
        PersonRows.add(source.patient(), dictionaries, target);
        Map<Long, LocalDateTime> visitTimes = new HashMap<>();
        for (SourceEntry visit : source.entries(VistaLayout.VISIT)) {
            String where = visit.address();
            LocalDateTime when = SourceDates.dateTime(visit.piece("0", 1), where);
            String end = visit.piece("0", 18);
            visitTimes.put(visit.ien(), when);
            target.add(new TargetRow(TargetTable.ENCOUNTER, visit.ien(), dfn, visit.piece("0", 7), when,
                    end.isEmpty() ? null : SourceDates.dateTime(end, where), "9000010:" + visit.ien()));
        }
        for (SourceEntry problem : source.entries(VistaLayout.PROBLEM)) {
            String where = problem.address();
            String onset = problem.piece("0", 13);
            target.add(new TargetRow(TargetTable.PROBLEM, problem.ien(), dfn,
                    dictionaries.icd(problem.piece("0", 1), where), blankToNull(problem.piece("800", 1)),
                    problem.piece("0", 12), onset.isEmpty() ? null : SourceDates.date(onset, where),
                    "9000011:" + problem.ien()));
        }
        for (SourceEntry pov : source.entries(VistaLayout.POV)) {
            String visit = pov.piece("0", 3);
            target.add(new TargetRow(TargetTable.DIAGNOSIS, pov.ien(), dfn, visit.isEmpty() ? null : pointer(visit,
                    pov.address()), dictionaries.icd(pov.piece("0", 1), pov.address()), "9000010.07:" + pov.ien()));
        }
        for (SourceEntry allergy : source.entries(VistaLayout.ALLERGY)) {
            String origination = allergy.piece("0", 4);
            target.add(new TargetRow(TargetTable.ALLERGY, allergy.ien(), dfn, allergy.piece("0", 2),
                    blankToNull(allergy.piece("0", 20)),
                    origination.isEmpty() ? null : SourceDates.date(origination, allergy.address()),
                    "120.8:" + allergy.ien()));
        }
        for (SourceEntry rx : source.entries(VistaLayout.PRESCRIPTION)) {
            String where = rx.address();
            String drug = rx.piece("0", 6);
            String expires = rx.piece("2", 6);
            target.add(new TargetRow(TargetTable.ORDERS, rx.ien(), dfn, dictionaries.drug(drug, where),
                    blankToNull(dictionaries.rxnorm(drug, where)), rx.piece("SIG", 1),
                    SourceDates.date(rx.piece("0", 13), where),
                    expires.isEmpty() ? null : SourceDates.date(expires, where), "52:" + rx.ien()));
        }
        for (SourceEntry procedure : source.entries(VistaLayout.V_PROCEDURE)) {
            String where = procedure.address();
            String visit = procedure.piece("0", 3);
            target.add(new TargetRow(TargetTable.PROCEDURE, procedure.ien(), dfn,
                    visit.isEmpty() ? null : pointer(visit, where), procedure.piece("0", 1),
                    SourceDates.dateTime(procedure.piece("12", 1), where), "9000010.18:" + procedure.ien()));
        }
        for (SourceEntry immunization : source.entries(VistaLayout.IMMUNIZATION)) {
            String where = immunization.address();
            String visit = immunization.piece("0", 3);
            Long visitIen = visit.isEmpty() ? null : pointer(visit, where);
            LocalDateTime given = immunization.piece("12", 1).isEmpty() ? visitTimes.get(visitIen)
                    : SourceDates.dateTime(immunization.piece("12", 1), where);
            if (given == null) {
                throw new TransformFailure(TransformFailure.Step.MAP, "no event date and no visit of the patient in "
                        + where);
            }
            target.add(new TargetRow(TargetTable.IMMUNIZATION, immunization.ien(), dfn, visitIen,
                    dictionaries.cvx(immunization.piece("0", 1), where), given, "9000010.11:" + immunization.ien()));
        }
        for (SourceEntry vital : source.entries(VistaLayout.VITAL)) {
            String where = vital.address();
            Dictionaries.Vital type = dictionaries.vital(vital.piece("0", 3), where);
            target.add(new TargetRow(TargetTable.CLINICAL_EVENT, vital.ien(), dfn, type.loinc(),
                    canonicalNumber(vital.piece("0", 8)), type.unit(),
                    SourceDates.dateTime(vital.piece("0", 1), where), "120.5:" + vital.ien()));
        }
        return target;
    }

    /** Restores the leading zero MUMPS drops from numbers below one ({@code .5} becomes {@code 0.5}). */
    static String canonicalNumber(String value) {
        return value.startsWith(".") ? "0" + value : value;
    }

    static Long pointer(String text, String where) {
        if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(Character::isDigit)) {
            throw new TransformFailure(TransformFailure.Step.MAP, "pointer '" + text + "' is not an entry number in "
                    + where);
        }
        return Long.valueOf(text);
    }

    static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
