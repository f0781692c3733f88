package org.synthhealth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void redrawsOnlyWhenThePercentageChangesAndEndsTheLineWhenDone() {
        StringWriter text = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(text), 1000);

        for (long done = 1; done <= 1000; done++) {
            bar.accept(done);
        }

        assertThat(text.toString().chars().filter(c -> c == '\r').count()).isEqualTo(101);
        assertThat(text.toString()).endsWith("] 100% 1000/1000 patients" + System.lineSeparator())
                .contains("[####################....................]  50% 500/1000 patients");
    }
}
