package org.synthhealth.core.generate;

import java.io.IOException;
import org.synthhealth.core.model.Patient;

/** Receives generated patients in index order, one at a time, on one thread. */
@FunctionalInterface
public interface PatientConsumer {

    /** Takes the next patient. */
    void accept(Patient patient) throws IOException;
}
