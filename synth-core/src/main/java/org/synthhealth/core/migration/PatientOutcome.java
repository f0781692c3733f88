package org.synthhealth.core.migration;

import java.util.List;

/**
 * What happened to one patient: the state it ended in, the last stage it reached, why it stopped, and how well the
 * target matches the source.
 *
 * @param patientId the source patient id ({@code Patient.id()})
 * @param dfn the VistA internal entry number the patient was read from
 * @param state the final state
 * @param stage the last stage the patient reached: where it stopped, or {@link MigrationStage#LOAD} when loaded
 * @param reasons why the patient stopped or was flagged, in the order found; empty for a clean migration
 * @param qualityScore the reconciled quality in [0, 1]; 0 for a patient the target does not hold
 * @param defects the fields reconciliation found different from the source, for example {@code PERSON.BIRTH_DT}
 * @param batch the batch the patient travelled in, from 1
 * @param finishedAtMillis the simulated time, in milliseconds from the start, at which the patient's batch finished
 * @param needsAttention whether someone should look at it: not in the target, or below the minimum quality score
 */
public record PatientOutcome(
        String patientId,
        long dfn,
        PatientState state,
        MigrationStage stage,
        List<String> reasons,
        double qualityScore,
        List<String> defects,
        int batch,
        long finishedAtMillis,
        boolean needsAttention) {

    public PatientOutcome {
        reasons = List.copyOf(reasons);
        defects = List.copyOf(defects);
    }
}
