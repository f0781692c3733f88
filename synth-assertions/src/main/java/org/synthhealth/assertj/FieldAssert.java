package org.synthhealth.assertj;

import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one field of an HL7 v2 segment, as encoded on the wire (delimiters and escapes included), reached
 * with {@link SegmentAssert#field(int)}. Repetitions are joined by {@code ~}.
 *
 * <pre>{@code
 * assertThat(adt).segment("PID").field(5).component(1).hasValue("Smith");
 * }</pre>
 *
 * @since 0.1.0
 */
public class FieldAssert extends AbstractAssert<FieldAssert, String> {

    private final SegmentAssert segment;
    private final int field;
    private final List<String> repetitions;
    private final int repetition;
    private final String label;

    FieldAssert(SegmentAssert segment, int field, List<String> repetitions) {
        this(segment, field, repetitions, -1, String.join("~", repetitions), "");
    }

    private FieldAssert(SegmentAssert segment, int field, List<String> repetitions, int repetition, String value,
            String suffix) {
        super(value, FieldAssert.class);
        this.segment = segment;
        this.field = field;
        this.repetitions = List.copyOf(repetitions);
        this.repetition = repetition;
        this.label = segment.name() + "-" + field + suffix
                + (repetition >= 0 ? " (repetition " + (repetition + 1) + ")" : "");
    }

    /**
     * Verifies the value, compared exactly.
     *
     * @throws AssertionError naming the segment, field, message and patient, with both values
     */
    public FieldAssert hasValue(String expected) {
        if (!Objects.equals(actual, expected)) {
            failWithMessage("Expecting %s of %s to be \"%s\" but was \"%s\"", label, segment.where(), expected,
                    actual);
        }
        return this;
    }

    /**
     * Verifies that the field holds a value.
     *
     * @throws AssertionError naming the segment, field, message and patient
     */
    public FieldAssert isNotEmpty() {
        if (actual == null || actual.isEmpty()) {
            failWithMessage("Expecting %s of %s to hold a value but it is empty", label, segment.where());
        }
        return this;
    }

    /**
     * Verifies that the field is empty.
     *
     * @throws AssertionError naming the segment, field, message and patient, with the value found
     */
    public FieldAssert isEmpty() {
        if (actual != null && !actual.isEmpty()) {
            failWithMessage("Expecting %s of %s to be empty but was \"%s\"", label, segment.where(), actual);
        }
        return this;
    }

    /** Navigates to component {@code number} (from 1) of the field's first (or chosen) repetition: PID-5-1. */
    public FieldAssert component(int number) {
        int rep = Math.max(0, repetition);
        return new FieldAssert(segment, field, repetitions, repetition, segment.component(field, rep, number),
                "-" + number);
    }

    /** Navigates to repetition {@code number} (from 1) of the field, for example the second PID-3 identifier. */
    public FieldAssert repetition(int number) {
        if (number < 1 || number > repetitions.size()) {
            failWithMessage("Expecting %s of %s to have repetition %s but it has %s", label, segment.where(), number,
                    repetitions.size());
        }
        return new FieldAssert(segment, field, repetitions, number - 1, repetitions.get(number - 1), "");
    }

    /** Back to the segment, to check another field. */
    public SegmentAssert returnToSegment() {
        return segment;
    }

    /** Back to the message, to go on with another segment. */
    public MessageAssert returnToMessage() {
        return segment.returnToMessage();
    }
}
