package org.synthhealth.core.migration.internal.clock;

import java.util.EnumMap;
import java.util.Map;
import org.synthhealth.core.migration.SubStage;

/**
 * How long each sub-stage takes in simulated time: a fixed cost per call plus a cost per unit of work (global nodes
 * read at extract, target rows at the other stages), times a jitter factor between 0.75 and 1.5. The figures are
 * round numbers in the range a VistA extract over RPC and a JDBC load into Millennium typically show; they make the
 * report's durations plausible, not predictive.
 */
public final class LatencyModel {

    private record Cost(double perCall, double perUnit) {
    }

    private static final Map<SubStage, Cost> COSTS = new EnumMap<>(Map.ofEntries(
            Map.entry(SubStage.CONNECT, new Cost(350, 0)),
            Map.entry(SubStage.QUERY, new Cost(40, 0.8)),
            Map.entry(SubStage.EXPORT, new Cost(5, 0.3)),
            Map.entry(SubStage.PARSE, new Cost(2, 0.1)),
            Map.entry(SubStage.MAP, new Cost(3, 0.25)),
            Map.entry(SubStage.STANDARDISE, new Cost(2, 0.1)),
            Map.entry(SubStage.SCHEMA_CHECK, new Cost(1, 0.05)),
            Map.entry(SubStage.BUSINESS_RULES, new Cost(2, 0.08)),
            Map.entry(SubStage.DATA_INTEGRITY, new Cost(2, 0.05)),
            Map.entry(SubStage.STAGING, new Cost(25, 1.2)),
            Map.entry(SubStage.PRODUCTION, new Cost(15, 0.8)),
            Map.entry(SubStage.VERIFICATION, new Cost(12, 0.2))));

    /** Simulated time lost to a call that times out on a network fault before it is retried. */
    public static final long TIMEOUT_MILLIS = 2_000;

    /** The first retry back-off; each further retry doubles it. */
    public static final long BACKOFF_MILLIS = 250;

    /** Latency multiplier of a call that hits an overloaded system. */
    public static final double OVERLOAD_FACTOR = 6.0;

    private LatencyModel() {
    }

    /** Milliseconds for one call of {@code subStage} handling {@code units} units, with jitter in [0, 1). */
    public static long millis(SubStage subStage, int units, double jitter) {
        Cost cost = COSTS.get(subStage);
        return Math.max(1, Math.round((cost.perCall() + cost.perUnit() * units) * (0.75 + 0.75 * jitter)));
    }

    /** The back-off before retry number {@code retry} (from 1). */
    public static long backoff(int retry) {
        return BACKOFF_MILLIS << Math.min(retry - 1, 10);
    }
}
