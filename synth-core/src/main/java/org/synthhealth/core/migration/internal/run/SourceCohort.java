package org.synthhealth.core.migration.internal.run;

import java.util.List;
import java.util.function.LongFunction;
import org.synthhealth.core.model.Patient;

/**
 * The source cohort reconciliation compares against: held in memory, or regenerated patient by patient from the
 * seed (every patient is a pure function of seed and index), so large cohorts need not fit in memory.
 */
public interface SourceCohort {

    /** How many patients; their DFNs are 1 to size. */
    int size();

    /** The patient at {@code index} (DFN - 1). */
    Patient patient(long index);

    /** The id of the patient at {@code index}, without building the patient when that can be avoided. */
    String patientId(long index);

    /** A cohort held in memory, in index order. */
    static SourceCohort of(List<Patient> patients) {
        return new SourceCohort() {
            @Override
            public int size() {
                return patients.size();
            }

            @Override
            public Patient patient(long index) {
                return patients.get((int) index);
            }

            @Override
            public String patientId(long index) {
                return patients.get((int) index).id();
            }
        };
    }

    /** A cohort regenerated on demand. */
    static SourceCohort generated(int size, LongFunction<Patient> generator, LongFunction<String> ids) {
        return new SourceCohort() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Patient patient(long index) {
                return generator.apply(index);
            }

            @Override
            public String patientId(long index) {
                return ids.apply(index);
            }
        };
    }
}
