package org.synthhealth.core;

/**
 * A mistake in what the user gave: a configuration value, a flag, a file. The message is one line that names the
 * input, the place (file, YAML path, line) and the fix, for example
 * {@code migration_test.yaml: age_dist: values sum to 0.90, expected 1.0 (within 1e-6); adjust the weights so they
 * add up to 1}.
 *
 * <p>The command line prints the message alone and exits with status 2; it never shows a stack trace for this.
 */
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
