package org.synthhealth.core.model;

import java.util.Objects;

/** One code from one code system, with its display text. */
public record Code(CodeSystem system, String code, String display) {

    public Code {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(display, "display");
    }

    public static Code of(CodeSystem system, String code, String display) {
        return new Code(system, code, display);
    }
}
