package org.synthhealth.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class PublishGateTest {

    @Test
    void aStopBeforePublishingKeepsEveryRenameFromStarting() throws InterruptedException {
        PublishGate gate = new PublishGate();

        assertThat(gate.stop(Duration.ZERO)).isTrue();

        assertThat(gate.open()).isFalse();
        assertThat(gate.stopping()).isTrue();
    }

    @Test
    void aStopDuringPublishingReturnsOnlyOnceThePublishingEnded() throws InterruptedException {
        PublishGate gate = new PublishGate();
        assertThat(gate.open()).isTrue();
        AtomicBoolean closed = new AtomicBoolean();
        AtomicBoolean closedWhenStopReturned = new AtomicBoolean();
        AtomicBoolean stopWaitedItOut = new AtomicBoolean();
        Thread stopper = new Thread(() -> {
            try {
                stopWaitedItOut.set(gate.stop(Duration.ofMinutes(5)));
                closedWhenStopReturned.set(closed.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        stopper.start();
        while (!gate.stopping()) {
            Thread.onSpinWait();
        }
        closed.set(true);
        gate.close();
        stopper.join();

        assertThat(stopWaitedItOut).isTrue();
        assertThat(closedWhenStopReturned).as("stop returned before the renames ended").isTrue();
        assertThat(gate.open()).isFalse();
    }

    @Test
    void aStopGivesUpWaitingAfterItsPatienceAndSaysSo() throws InterruptedException {
        PublishGate gate = new PublishGate();
        assertThat(gate.open()).isTrue();

        assertThat(gate.stop(Duration.ZERO)).isFalse();
    }

    @Test
    void runsThatAreNotStoppedPublishOneAfterAnother() {
        PublishGate gate = new PublishGate();

        assertThat(gate.open()).isTrue();
        gate.close();
        assertThat(gate.open()).isTrue();
        gate.close();
        assertThat(gate.stopping()).isFalse();
    }

    @Test
    void noFileIsStagedOnceAStopCame() throws Exception {
        PublishGate gate = new PublishGate();
        assertThat(gate.staging(() -> "staged")).isEqualTo("staged");

        gate.stop(Duration.ZERO);

        AtomicBoolean ran = new AtomicBoolean();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> gate.staging(() -> {
            ran.set(true);
            return "late";
        })).isInstanceOf(java.io.IOException.class).hasMessageContaining("stopped");
        assertThat(ran).isFalse();
    }
}
