package org.synthhealth.core.format.hl7;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.format.FixtureFormat;
import org.synthhealth.core.format.FixtureWriter;

/**
 * The HL7 v2.5.1 format: every patient's ADT^A04 in {@value #ADT_FILE} and one ORU^R01 per laboratory draw in
 * {@value #ORU_FILE}, built by {@link Hl7Messages}.
 *
 * <p>Messages follow one another with nothing between them; every segment, the last of a message included, ends with
 * a carriage return ({@code \r}) and the files hold no line feed. A message therefore starts at each segment that
 * begins with {@code MSH|}, which is how HAPI's {@code Hl7InputStreamMessageIterator} splits them. Files are UTF-8
 * (MSH-18 {@code UNICODE UTF-8}) and byte-identical for the same seed and spec.
 */
public final class Hl7Format implements FixtureFormat {

    /** The file of ADT^A04 messages, one per patient. */
    public static final String ADT_FILE = "hl7_messages_adt.hl7";

    /** The file of ORU^R01 messages, one per laboratory draw (the orders of one visit at one instant). */
    public static final String ORU_FILE = "hl7_messages_oru.hl7";

    @Override
    public String name() {
        return "hl7";
    }

    @Override
    public List<String> fileNames(CohortSpec spec) {
        return List.of(ADT_FILE, ORU_FILE);
    }

    @Override
    public FixtureWriter open(Path outputDir, CohortSpec spec, long seed) throws IOException {
        Files.createDirectories(outputDir);
        return new Hl7Writer(outputDir);
    }
}
