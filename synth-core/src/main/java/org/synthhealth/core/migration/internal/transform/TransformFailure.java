package org.synthhealth.core.migration.internal.transform;

/** A source entry that cannot be turned into target rows; the patient is quarantined at transform with the reason. */
public final class TransformFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The transform step that failed. */
    public enum Step { PARSE, MAP, STANDARDISE }

    private final Step step;

    public TransformFailure(Step step, String reason) {
        super(reason, null, false, false);
        this.step = step;
    }

    public Step step() {
        return step;
    }
}
