package org.synthhealth.assertj;

import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.Segment;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.synthhealth.assertj.internal.Hl7Checks;

/**
 * Assertions on an HL7 v2 {@link Message}; obtain one with {@link SynthAssertions#assertThat(Message)}.
 *
 * <pre>{@code
 * assertThat(message).isValid().hasMessageType("ADT^A04")
 *         .segment("PID").field(8).hasValue("F");
 * }</pre>
 *
 * <p>Failures name the message control id (MSH-10) and the patient (PID-3).
 *
 * @since 0.1.0
 */
public class MessageAssert extends AbstractAssert<MessageAssert, Message> {

    /** An assertion on {@code actual}. */
    public MessageAssert(Message actual) {
        super(actual, MessageAssert.class);
    }

    /**
     * Verifies that the message encodes and parses back under HAPI's validating parser: structure, required
     * segments and the format of every primitive (dates, numbers, coded values).
     *
     * @throws AssertionError with the parser's message and the location it names
     */
    public MessageAssert isValid() {
        isNotNull();
        Optional<String> problem = Hl7Checks.invalidity(actual);
        if (problem.isPresent()) {
            failWithMessage("Expecting %s to be valid HL7 v2 but it is not: %s", where(), problem.get());
        }
        return this;
    }

    /**
     * Verifies MSH-9: {@code "ADT^A04"} compares the message code and trigger event, {@code "ADT^A04^ADT_A01"} also
     * the message structure.
     *
     * @throws AssertionError naming both types
     */
    public MessageAssert hasMessageType(String expected) {
        isNotNull();
        String found = Hl7Checks.messageType(actual, expected.split("\\^").length > 2);
        if (!found.equals(expected)) {
            failWithMessage("Expecting MSH-9 of %s to be %s but was %s", where(), expected, found);
        }
        return this;
    }

    /**
     * Verifies that the message holds exactly {@code expected} non-empty segments with this name, inside groups too.
     *
     * @throws AssertionError naming both counts
     */
    public MessageAssert hasSegmentCount(String name, int expected) {
        isNotNull();
        int found = Hl7Checks.segments(actual, name).size();
        if (found != expected) {
            failWithMessage("Expecting %s to hold %s %s segment(s) but it holds %s", where(), expected, name, found);
        }
        return this;
    }

    /** Navigates to the first non-empty segment with this name, for example {@code segment("PID")}. */
    public SegmentAssert segment(String name) {
        return segment(name, 1);
    }

    /**
     * Navigates to the {@code occurrence}-th (from 1) non-empty segment with this name in message order, looking
     * inside groups: {@code segment("OBX", 2)} is the second result.
     *
     * @throws AssertionError when the message has fewer such segments
     */
    public SegmentAssert segment(String name, int occurrence) {
        isNotNull();
        List<Segment> found = Hl7Checks.segments(actual, name);
        if (occurrence < 1 || occurrence > found.size()) {
            failWithMessage("Expecting %s to hold segment %s number %s but it holds %s %s segment(s)", where(), name,
                    occurrence, found.size(), name);
        }
        return new SegmentAssert(this, found.get(occurrence - 1), occurrence);
    }

    /** The message as failures name it: its control id and patient. */
    String where() {
        return "message " + Hl7Checks.controlId(actual) + " (" + Hl7Checks.messageType(actual, false) + ", patient "
                + Hl7Checks.patientId(actual) + ")";
    }
}
