package org.synthhealth.core.migration.internal.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.synthhealth.core.migration.ErrorCount;
import org.synthhealth.core.migration.MigrationStage;
import org.synthhealth.core.migration.StageReport;
import org.synthhealth.core.migration.SubStage;
import org.synthhealth.core.migration.SubStageReport;
import org.synthhealth.core.migration.Timings;

/** Counts what every stage and sub-stage attempted, passed and spent, and every error, over the whole migration. */
final class Ledger {

    private final Map<SubStage, long[]> subCounts = new EnumMap<>(SubStage.class);
    private final Map<SubStage, LongList> subTimes = new EnumMap<>(SubStage.class);
    private final Map<MigrationStage, long[]> stageCounts = new EnumMap<>(MigrationStage.class);
    private final Map<MigrationStage, LongList> stageTimes = new EnumMap<>(MigrationStage.class);
    private final Map<MigrationStage, Map<String, Long>> errors = new EnumMap<>(MigrationStage.class);

    Ledger() {
        for (SubStage s : SubStage.values()) {
            subCounts.put(s, new long[2]);
            subTimes.put(s, new LongList());
        }
        for (MigrationStage s : MigrationStage.values()) {
            stageCounts.put(s, new long[2]);
            stageTimes.put(s, new LongList());
            errors.put(s, new TreeMap<>());
        }
    }

    void subStage(SubStage subStage, boolean passed, long millis) {
        long[] counts = subCounts.get(subStage);
        counts[0]++;
        counts[1] += passed ? 1 : 0;
        subTimes.get(subStage).add(millis);
    }

    void stage(MigrationStage stage, boolean passed, long millis) {
        long[] counts = stageCounts.get(stage);
        counts[0]++;
        counts[1] += passed ? 1 : 0;
        stageTimes.get(stage).add(millis);
    }

    void error(String type, MigrationStage stage, long count) {
        if (count > 0) {
            errors.get(stage).merge(type, count, Long::sum);
        }
    }

    double totalMillis(MigrationStage stage) {
        return stageTimes.get(stage).sum();
    }

    List<StageReport> stages() {
        List<StageReport> reports = new ArrayList<>();
        for (MigrationStage stage : MigrationStage.values()) {
            List<SubStageReport> subs = new ArrayList<>();
            for (SubStage sub : stage.subStages()) {
                long[] c = subCounts.get(sub);
                subs.add(new SubStageReport(sub, c[0], c[1], subTimes.get(sub).timings()));
            }
            long[] c = stageCounts.get(stage);
            reports.add(new StageReport(stage, c[0], c[1], subs, stageTimes.get(stage).timings()));
        }
        return reports;
    }

    List<ErrorCount> errors() {
        List<ErrorCount> list = new ArrayList<>();
        errors.forEach((stage, byType) -> byType.forEach((type, n) -> list.add(new ErrorCount(type, stage, n))));
        return list;
    }

    long errorCount(MigrationStage stage, String prefix) {
        return errors.get(stage).entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .mapToLong(Map.Entry::getValue).sum();
    }

    /** A growable list of longs with percentile summaries. */
    static final class LongList {
        private long[] values = new long[64];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        double sum() {
            double sum = 0;
            for (int i = 0; i < size; i++) {
                sum += values[i];
            }
            return sum;
        }

        Timings timings() {
            if (size == 0) {
                return Timings.none();
            }
            long[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            return new Timings(sum() / size, percentile(sorted, 0.50), percentile(sorted, 0.95), sum());
        }

        static double percentile(long[] sorted, double p) {
            int rank = (int) Math.ceil(p * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
        }
    }
}
