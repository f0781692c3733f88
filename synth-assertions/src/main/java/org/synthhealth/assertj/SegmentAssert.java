package org.synthhealth.assertj;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Segment;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.synthhealth.assertj.internal.Hl7Checks;

/**
 * Assertions on one segment of an HL7 v2 message, reached with {@link MessageAssert#segment(String)}.
 *
 * @since 0.1.0
 */
public class SegmentAssert extends AbstractAssert<SegmentAssert, Segment> {

    private final MessageAssert message;
    private final int occurrence;

    SegmentAssert(MessageAssert message, Segment actual, int occurrence) {
        super(actual, SegmentAssert.class);
        this.message = message;
        this.occurrence = occurrence;
    }

    /** Navigates to field {@code number} (from 1, as in {@code PID-5}); MSH-1 is the field separator. */
    public FieldAssert field(int number) {
        isNotNull();
        if (number < 1 || number > actual.numFields()) {
            failWithMessage("Expecting %s to have a field %s but it defines %s fields", where(), number,
                    actual.numFields());
        }
        try {
            List<String> reps = Hl7Checks.field(actual, number, actual.getMessage());
            return new FieldAssert(this, number, reps);
        } catch (HL7Exception e) {
            failWithMessage("Expecting %s-%s of %s to be readable but %s", actual.getName(), number, where(),
                    e.getMessage());
            return null;
        }
    }

    /** Back to the message, to go on with another segment. */
    public MessageAssert returnToMessage() {
        return message;
    }

    /** The segment's name, such as {@code PID}. */
    String name() {
        return actual.getName();
    }

    /** The segment as failures name it. */
    String where() {
        return actual.getName() + (occurrence > 1 ? " number " + occurrence : "") + " of " + message.where();
    }

    /** The component of a field, for {@link FieldAssert#component(int)}. */
    String component(int field, int repetition, int component) {
        try {
            return Hl7Checks.component(actual, field, repetition, component, actual.getMessage());
        } catch (HL7Exception e) {
            return "";
        }
    }
}
