package org.synthhealth.core.format.hl7;

import ca.uhn.hl7v2.model.v251.message.ORU_R01;
import java.io.IOException;
import java.nio.file.Path;
import org.synthhealth.core.format.FixtureWriter;
import org.synthhealth.core.model.Patient;

/** Streams each patient's ADT^A04 and ORU^R01 messages into the two message files. */
final class Hl7Writer implements FixtureWriter {

    private final Hl7Messages messages = new Hl7Messages();
    private final AtomicFile adt;
    private final AtomicFile oru;

    Hl7Writer(Path outputDir) throws IOException {
        this.adt = new AtomicFile(outputDir.resolve(Hl7Format.ADT_FILE));
        AtomicFile oruFile;
        try {
            oruFile = new AtomicFile(outputDir.resolve(Hl7Format.ORU_FILE));
        } catch (IOException | RuntimeException e) {
            adt.close();
            throw e;
        }
        this.oru = oruFile;
    }

    @Override
    public void write(Patient patient) throws IOException {
        adt.writer().write(messages.encode(messages.adt(patient)));
        for (ORU_R01 message : messages.oru(patient)) {
            oru.writer().write(messages.encode(message));
        }
    }

    @Override
    public void finish() throws IOException {
        adt.commit();
        oru.commit();
    }

    @Override
    public void close() throws IOException {
        try {
            adt.close();
        } finally {
            oru.close();
        }
    }
}
