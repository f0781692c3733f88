package org.synthhealth.core.migration.internal.clock;

import org.synthhealth.core.migration.SubStage;
import org.synthhealth.core.migration.internal.fault.Dice;

/**
 * Simulates one call in virtual time: a network fault costs a timeout and is retried after back-off; an overloaded
 * system slows the call and, half the time, throttles it (retried the same way). Past the retry limit the call fails.
 */
public final class CallSimulator {

    private final Dice dice;
    private final double networkFailureRate;
    private final double overloadRate;
    private final int retryLimit;

    public CallSimulator(Dice dice, double networkFailureRate, double overloadRate, int retryLimit) {
        this.dice = dice;
        this.networkFailureRate = networkFailureRate;
        this.overloadRate = overloadRate;
        this.retryLimit = retryLimit;
    }

    /** One call for {@code key} (a DFN, or a batch key for per-batch calls) that may meet faults. */
    public CallOutcome remote(SubStage subStage, long key, int units, int attempt) {
        long millis = 0;
        int network = 0;
        int throttles = 0;
        boolean overloaded = false;
        for (int tryNo = 0; tryNo <= retryLimit; tryNo++) {
            String purpose = subStage.label() + "." + attempt + "." + tryNo;
            if (tryNo > 0) {
                millis += LatencyModel.backoff(tryNo);
            }
            long latency = LatencyModel.millis(subStage, units, dice.roll(key, purpose + ".jitter", 0));
            if (dice.strikes(networkFailureRate, key, purpose + ".network", 0)) {
                network++;
                millis += LatencyModel.TIMEOUT_MILLIS;
                continue;
            }
            if (dice.strikes(overloadRate, key, purpose + ".overload", 0)) {
                overloaded = true;
                millis += Math.round(latency * LatencyModel.OVERLOAD_FACTOR);
                if (dice.roll(key, purpose + ".throttle", 0) < 0.5) {
                    throttles++;
                    continue;
                }
                return new CallOutcome(true, millis, network, throttles, true);
            }
            return new CallOutcome(true, millis + latency, network, throttles, overloaded);
        }
        return new CallOutcome(false, millis, network, throttles, overloaded);
    }

    /** One local computation: no faults, only latency. */
    public long local(SubStage subStage, long key, int units, int attempt) {
        return LatencyModel.millis(subStage, units, dice.roll(key, subStage.label() + "." + attempt + ".jitter", 0));
    }
}
