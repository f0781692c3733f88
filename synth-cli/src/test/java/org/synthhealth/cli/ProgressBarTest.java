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

    @Test
    void aStoppedRunEndsTheBarsLineOnceAndOnlyIfABarWasLeftPartWay() {
        StringWriter text = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(text), 1000);
        bar.endLine();
        assertThat(text.toString()).as("no bar drawn, nothing to end").isEmpty();

        bar.accept(420);
        bar.endLine();
        bar.endLine();

        assertThat(text.toString()).endsWith("42% 420/1000 patients" + System.lineSeparator())
                .containsOnlyOnce(System.lineSeparator());
    }

    @Test
    void aCompleteBarIsNotEndedTwice() {
        StringWriter text = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(text), 10);
        bar.accept(10);
        bar.endLine();

        assertThat(text.toString()).containsOnlyOnce(System.lineSeparator());
    }
}
