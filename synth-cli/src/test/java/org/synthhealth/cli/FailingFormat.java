package org.synthhealth.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.format.FixtureFormat;
import org.synthhealth.core.format.FixtureWriter;
import org.synthhealth.core.model.Patient;

/**
 * A format whose disk fails, for the command's error paths: when it opens, or on one patient. It writes no file of
 * its own; the real formats run beside it show what a failure leaves behind. (synth-core's tests have a staging test
 * format for the export itself; the command needs only the failure.)
 *
 * @param failingPatient the index of the patient it fails on, or {@link #AT_OPEN}
 * @param outOfMemory    whether it fails with an {@link OutOfMemoryError} instead of an I/O error
 */
record FailingFormat(String name, long failingPatient, boolean outOfMemory) implements FixtureFormat {

    /** Fail when the writer is opened, before any patient. */
    static final long AT_OPEN = -1;

    /** Fails to open: the disk is on fire. */
    static FailingFormat atOpen() {
        return new FailingFormat("broken", AT_OPEN, false);
    }

    /** Opens, then fails on the patient with this index: the disk is full. */
    static FailingFormat atPatient(long index) {
        return new FailingFormat("flaky", index, false);
    }

    /** Opens, then runs out of memory on the patient with this index. */
    static FailingFormat outOfMemoryAt(long index) {
        return new FailingFormat("hungry", index, true);
    }

    @Override
    public List<String> fileNames(CohortSpec spec) {
        return List.of(name + ".txt");
    }

    @Override
    public FixtureWriter open(Path outputDir, CohortSpec spec, long seed) throws IOException {
        if (failingPatient == AT_OPEN) {
            throw new IOException("disk on fire");
        }
        return new FixtureWriter() {
            @Override
            public void write(Patient patient) throws IOException {
                if (patient.index() == failingPatient && outOfMemory) {
                    throw new OutOfMemoryError("Java heap space");
                }
                if (patient.index() == failingPatient) {
                    throw new IOException("disk full at patient " + failingPatient);
                }
            }

            @Override
            public void finish() {
            }

            @Override
            public void close() {
            }
        };
    }
}
