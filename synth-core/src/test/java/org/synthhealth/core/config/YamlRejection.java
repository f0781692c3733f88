package org.synthhealth.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.synthhealth.core.InvalidInputException;

/** The one-line message with which the YAML reader refuses a document, for the rejection tests. */
final class YamlRejection {

    private YamlRejection() {
    }

    /** Reads {@code yaml} as {@code config.yaml}; fails the test when it is accepted or the message spans lines. */
    static String rejection(String yaml) {
        try {
            CohortSpecReader.readBuilder(yaml, "config.yaml").build();
        } catch (InvalidInputException e) {
            assertThat(e.getMessage()).as("one line").doesNotContain("\n");
            return e.getMessage();
        }
        throw new AssertionError("accepted:\n" + yaml);
    }
}
