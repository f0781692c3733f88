package org.synthhealth.core.migration.internal.transform;

import org.synthhealth.core.migration.internal.extract.SourceEntry;
import org.synthhealth.core.migration.internal.target.TargetPatient;
import org.synthhealth.core.migration.internal.target.TargetRow;
import org.synthhealth.core.migration.internal.target.TargetTable;

/** Maps a PATIENT (#2) entry to the PERSON row and its PERSON_ALIAS rows (MRN from the MPI node, SSN). */
final class PersonRows {

    private PersonRows() {
    }

    static void add(SourceEntry patient, Dictionaries dictionaries, TargetPatient target) {
        long dfn = patient.ien();
        String where = patient.address();
        PersonName name = PersonName.parse(patient.piece("0", 1), where);
        String death = patient.piece(".35", 1);
        String marital = patient.piece("0", 5);
        String race = patient.piece(".02,1,0", 1);
        String ethnicity = patient.piece(".06,1,0", 1);
        String state = patient.piece(".11", 5);
        target.add(new TargetRow(TargetTable.PERSON, dfn, name.last(), name.first(),
                Transformer.blankToNull(name.middle()), patient.piece("0", 2),
                SourceDates.date(patient.piece("0", 3), where),
                death.isEmpty() ? null : SourceDates.date(death, where),
                marital.isEmpty() ? null : dictionaries.marital(marital, where),
                race.isEmpty() ? null : dictionaries.race(race, where),
                ethnicity.isEmpty() ? null : dictionaries.ethnicity(ethnicity, where),
                Transformer.blankToNull(PersonName.titleCase(patient.piece(".11", 4))),
                state.isEmpty() ? null : dictionaries.state(state, where),
                Transformer.blankToNull(patient.piece(".11", 6))));
        String mrn = patient.piece("MPI", 1);
        if (!mrn.isEmpty()) {
            target.add(new TargetRow(TargetTable.PERSON_ALIAS, dfn * 2, dfn, "MRN", mrn));
        }
        String ssn = patient.piece("0", 9);
        if (!ssn.isEmpty()) {
            target.add(new TargetRow(TargetTable.PERSON_ALIAS, dfn * 2 + 1, dfn, "SSN", ssn));
        }
    }
}
