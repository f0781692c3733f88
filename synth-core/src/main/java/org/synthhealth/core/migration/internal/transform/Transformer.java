package org.synthhealth.core.migration.internal.transform;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.synthhealth.core.migration.internal.extract.SourceEntry;
import org.synthhealth.core.migration.internal.extract.SourceIndex;
import org.synthhealth.core.migration.internal.extract.SourceRecord;
import org.synthhealth.core.migration.internal.extract.VistaLayout;
import org.synthhealth.core.migration.internal.target.TargetPatient;
import org.synthhealth.core.migration.internal.target.TargetRow;
import org.synthhealth.core.migration.internal.target.TargetTable;

/**
 * Maps one patient's FileMan entries to target rows: FileMan dates to dates and times, NAME to name parts, pointers
 * to the codes of the files they point at. A value that cannot be mapped raises {@link TransformFailure}.
 */
public final class Transformer {

    private final Dictionaries dictionaries;

    public Transformer(SourceIndex index) {
        this.dictionaries = new Dictionaries(index);
    }

    /** The target rows of one patient. */
    public TargetPatient transform(SourceRecord source) {
        TargetPatient target = new TargetPatient(source.dfn());
        person(source, target);
        Map<Long, LocalDateTime> visitTimes = new HashMap<>();
        for (SourceEntry visit : source.entries(VistaLayout.VISIT)) {
            LocalDateTime when = FileManDate.dateTime(visit.piece("0", 1), visit.address());
            visitTimes.put(visit.ien(), when);
            target.add(new TargetRow(TargetTable.ENCOUNTER, visit.ien(), source.dfn(), visit.piece("0", 7), when,
                    "9000010:" + visit.ien()));
        }
        for (SourceEntry problem : source.entries(VistaLayout.PROBLEM)) {
            String where = problem.address();
            String onset = problem.piece("0", 13);
            target.add(new TargetRow(TargetTable.PROBLEM, problem.ien(), source.dfn(),
                    dictionaries.icd(problem.piece("0", 1), where), blankToNull(problem.piece("800", 1)),
                    problem.piece("0", 12), onset.isEmpty() ? null : FileManDate.date(onset, where),
                    "9000011:" + problem.ien()));
        }
        for (SourceEntry pov : source.entries(VistaLayout.POV)) {
            String visit = pov.piece("0", 3);
            target.add(new TargetRow(TargetTable.DIAGNOSIS, pov.ien(), source.dfn(),
                    visit.isEmpty() ? null : Long.valueOf(visit), dictionaries.icd(pov.piece("0", 1), pov.address()),
                    "9000010.07:" + pov.ien()));
        }
        for (SourceEntry allergy : source.entries(VistaLayout.ALLERGY)) {
            String origination = allergy.piece("0", 4);
            target.add(new TargetRow(TargetTable.ALLERGY, allergy.ien(), source.dfn(), allergy.piece("0", 2),
                    origination.isEmpty() ? null : FileManDate.date(origination, allergy.address()),
                    "120.8:" + allergy.ien()));
        }
        for (SourceEntry rx : source.entries(VistaLayout.PRESCRIPTION)) {
            String where = rx.address();
            target.add(new TargetRow(TargetTable.ORDERS, rx.ien(), source.dfn(),
                    dictionaries.drug(rx.piece("0", 6), where), whole(rx.piece("0", 7), where),
                    whole(rx.piece("0", 8), where), FileManDate.date(rx.piece("0", 13), where), "52:" + rx.ien()));
        }
        for (SourceEntry procedure : source.entries(VistaLayout.V_PROCEDURE)) {
            String where = procedure.address();
            String visit = procedure.piece("0", 3);
            target.add(new TargetRow(TargetTable.PROCEDURE, procedure.ien(), source.dfn(),
                    visit.isEmpty() ? null : Long.valueOf(visit), procedure.piece("0", 1),
                    FileManDate.dateTime(procedure.piece("12", 1), where), "9000010.18:" + procedure.ien()));
        }
        for (SourceEntry immunization : source.entries(VistaLayout.IMMUNIZATION)) {
            String where = immunization.address();
            long visit = Long.parseLong(immunization.piece("0", 3));
            LocalDateTime given = immunization.piece("12", 1).isEmpty() ? visitTimes.get(visit)
                    : FileManDate.dateTime(immunization.piece("12", 1), where);
            if (given == null) {
                throw new TransformFailure(TransformFailure.Step.MAP, "visit " + visit + " of " + where
                        + " is not a visit of the patient");
            }
            target.add(new TargetRow(TargetTable.IMMUNIZATION, immunization.ien(), source.dfn(), visit,
                    dictionaries.cvx(immunization.piece("0", 1), where), given, "9000010.11:" + immunization.ien()));
        }
        for (SourceEntry vital : source.entries(VistaLayout.VITAL)) {
            String where = vital.address();
            target.add(new TargetRow(TargetTable.CLINICAL_EVENT, vital.ien(), source.dfn(),
                    dictionaries.vitalType(vital.piece("0", 3), where), vital.piece("0", 8),
                    FileManDate.dateTime(vital.piece("0", 1), where), "120.5:" + vital.ien()));
        }
        return target;
    }

    private void person(SourceRecord source, TargetPatient target) {
        SourceEntry patient = source.patient();
        String where = patient.address();
        FileManName name = FileManName.parse(patient.piece("0", 1), where);
        String death = patient.piece(".35", 1);
        String marital = patient.piece("0", 5);
        String race = patient.piece(".02,1,0", 1);
        String ethnicity = patient.piece(".06,1,0", 1);
        target.add(new TargetRow(TargetTable.PERSON, source.dfn(), name.last(), name.first(),
                blankToNull(name.middle()), patient.piece("0", 2), FileManDate.date(patient.piece("0", 3), where),
                death.isEmpty() ? null : FileManDate.date(death, where),
                marital.isEmpty() ? null : dictionaries.marital(marital, where),
                race.isEmpty() ? null : dictionaries.race(race, where),
                ethnicity.isEmpty() ? null : dictionaries.ethnicity(ethnicity, where),
                blankToNull(patient.piece(".11", 6))));
        target.add(new TargetRow(TargetTable.PERSON_ALIAS, source.dfn() * 2, source.dfn(), "MRN",
                Long.toString(1_000_000_000L + source.dfn() - 1)));
        String ssn = patient.piece("0", 9);
        if (!ssn.isEmpty()) {
            target.add(new TargetRow(TargetTable.PERSON_ALIAS, source.dfn() * 2 + 1, source.dfn(), "SSN", ssn));
        }
    }

    private static Integer whole(String text, String where) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw new TransformFailure(TransformFailure.Step.PARSE, "'" + text + "' is not a number in " + where);
        }
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
