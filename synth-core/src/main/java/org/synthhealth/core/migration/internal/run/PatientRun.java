package org.synthhealth.core.migration.internal.run;

import java.util.ArrayList;
import java.util.List;
import org.synthhealth.core.migration.MigrationStage;
import org.synthhealth.core.migration.PatientState;
import org.synthhealth.core.migration.internal.extract.SourceRecord;
import org.synthhealth.core.migration.internal.fault.Fault;
import org.synthhealth.core.migration.internal.target.TargetPatient;

/** One patient's progress through one batch attempt; the last attempt's copy becomes the outcome. */
final class PatientRun {

    final long dfn;
    final int position;
    SourceRecord record;
    PatientState state;
    MigrationStage stage = MigrationStage.EXTRACT;
    final List<String> reasons = new ArrayList<>();
    final List<Fault> faults = new ArrayList<>();
    TargetPatient rows;
    /** Once the rows are in the staging tables: how many each target table got, and in all. */
    int[] expected;
    int rowCount;
    boolean loaded;

    PatientRun(long dfn, int position) {
        this.dfn = dfn;
        this.position = position;
    }

    boolean alive() {
        return state == null;
    }

    void stop(PatientState finalState, MigrationStage at, String reason) {
        state = finalState;
        stage = at;
        reasons.add(reason);
    }
}
