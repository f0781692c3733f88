package org.synthhealth.core.migration.internal.extract;

/** A read from the VistA source failed (not merely "no such entry"); the message says why, in one line. */
public final class SourceReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A failure described by {@code message}. */
    public SourceReadException(String message) {
        super(message);
    }
}
