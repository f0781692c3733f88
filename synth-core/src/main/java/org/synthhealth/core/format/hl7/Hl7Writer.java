package org.synthhealth.core.format.hl7;

import ca.uhn.hl7v2.model.v251.message.ORU_R01;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.synthhealth.core.format.AtomicOutput;
import org.synthhealth.core.format.FixtureWriter;
import org.synthhealth.core.format.StagedFile;
import org.synthhealth.core.model.Patient;

/** Streams each patient's ADT^A04 and ORU^R01 messages into the two message files. */
final class Hl7Writer implements FixtureWriter {

    private static final int BUFFER = 1 << 16;

    private final Hl7Messages messages = new Hl7Messages();
    private final AtomicOutput output;
    private final Writer adt;
    private final Writer oru;

    Hl7Writer(Path outputDir) throws IOException {
        this.output = AtomicOutput.in(outputDir);
        Writer adtWriter = null;
        try {
            adtWriter = open(output.stage(Hl7Format.ADT_FILE));
            this.oru = open(output.stage(Hl7Format.ORU_FILE));
        } catch (IOException | RuntimeException | Error e) {
            if (adtWriter != null) {
                adtWriter.close();
            }
            output.close();
            throw e;
        }
        this.adt = adtWriter;
    }

    @Override
    public void write(Patient patient) throws IOException {
        adt.write(messages.encode(messages.adt(patient)));
        for (ORU_R01 message : messages.oru(patient)) {
            oru.write(messages.encode(message));
        }
    }

    @Override
    public void finish() throws IOException {
        adt.close();
        oru.close();
    }

    @Override
    public void commit() throws IOException {
        output.commitAll();
    }

    @Override
    public void close() throws IOException {
        // Streams first, then the staged files (deleted unless commit() moved them); closing twice is harmless.
        try {
            adt.close();
            oru.close();
        } finally {
            output.close();
        }
    }

    private static Writer open(StagedFile file) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(file.openStream(), StandardCharsets.UTF_8), BUFFER);
    }
}
