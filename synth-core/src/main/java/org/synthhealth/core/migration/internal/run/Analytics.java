package org.synthhealth.core.migration.internal.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.synthhealth.core.migration.Bottleneck;
import org.synthhealth.core.migration.MigrationStage;
import org.synthhealth.core.migration.PatientOutcome;
import org.synthhealth.core.migration.ThroughputPoint;

/** Derived figures: the bottleneck stage and throughput per simulated minute. */
final class Analytics {

    private Analytics() {
    }

    /** The stage with the largest share of simulated stage time, with what slowed it. */
    static Bottleneck bottleneck(Ledger ledger) {
        double total = 0;
        MigrationStage slowest = MigrationStage.EXTRACT;
        for (MigrationStage stage : MigrationStage.values()) {
            double t = ledger.totalMillis(stage);
            total += t;
            if (t > ledger.totalMillis(slowest)) {
                slowest = stage;
            }
        }
        double share = total == 0 ? 0 : ledger.totalMillis(slowest) / total;
        long network = ledger.errorCount(slowest, "network_failure");
        long throttled = ledger.errorCount(slowest, "throttled");
        long overloaded = ledger.errorCount(slowest, "system_overload");
        String why = String.format(Locale.ROOT, "%s took %.0f%% of simulated stage time", slowest.label(),
                share * 100);
        if (network + throttled + overloaded == 0) {
            why += "; no faults slowed it, so its cost is volume (per-row work)";
        } else {
            why += String.format(Locale.ROOT, "; %d network timeouts, %d overloaded calls, %d throttled calls added"
                    + " back-off and latency", network, overloaded, throttled);
        }
        return new Bottleneck(slowest, share, why);
    }

    /** Patients finished per simulated minute, one point per minute from 0 to the end of the makespan. */
    static List<ThroughputPoint> timeline(List<PatientOutcome> outcomes, long makespan) {
        int minutes = (int) (makespan / 60_000) + 1;
        long[] finished = new long[minutes];
        long[] migrated = new long[minutes];
        for (PatientOutcome o : outcomes) {
            int m = (int) Math.min(minutes - 1, o.finishedAtMillis() / 60_000);
            finished[m]++;
            if (o.state().inTarget()) {
                migrated[m]++;
            }
        }
        List<ThroughputPoint> points = new ArrayList<>();
        long cumulative = 0;
        for (int m = 0; m < minutes; m++) {
            cumulative += migrated[m];
            points.add(new ThroughputPoint(m, finished[m], migrated[m], cumulative));
        }
        return points;
    }
}
