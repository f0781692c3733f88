package org.synthhealth.core.migration.internal.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;
import org.synthhealth.core.migration.BatchReport;
import org.synthhealth.core.migration.ErrorCount;
import org.synthhealth.core.migration.FaultSummary;
import org.synthhealth.core.migration.MigrationParameters;
import org.synthhealth.core.migration.MigrationResult;
import org.synthhealth.core.migration.MigrationStage;
import org.synthhealth.core.migration.PatientOutcome;
import org.synthhealth.core.migration.QualitySummary;
import org.synthhealth.core.migration.StageReport;
import org.synthhealth.core.migration.SubStageReport;
import org.synthhealth.core.migration.ThroughputPoint;
import org.synthhealth.core.migration.Timings;

/**
 * The JSON report: every figure of a {@link MigrationResult} in a fixed key order, with no wall-clock value, so the
 * same migration gives the same bytes. The schema is in {@code docs/guide/migration-report-schema.md}.
 */
public final class JsonReport {

    /** Bumped when a key is renamed or removed; adding keys keeps the version. */
    public static final int SCHEMA_VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private JsonReport() {
    }

    /** The report as pretty-printed JSON with a trailing newline. */
    public static String render(MigrationResult result) {
        try {
            return MAPPER.writeValueAsString(tree(result)).replace("\r\n", "\n") + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The report as a Jackson tree. */
    public static ObjectNode tree(MigrationResult result) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema_version", SCHEMA_VERSION);
        root.put("seed", result.seed());
        root.put("strategy", result.strategy().label());
        root.put("target", result.targetKind());
        root.set("settings", settings(result.parameters()));
        root.put("total_patients", result.totalPatients());
        ObjectNode outcomes = root.putObject("outcomes");
        result.outcomes().forEach((state, n) -> outcomes.put(state.label(), n));
        root.put("rolled_back", result.rolledBack());
        root.put("rollback_reason", result.rollbackReason().orElse(null));
        root.put("makespan_ms", result.makespanMillis());
        root.put("throughput_per_minute", round(result.throughputPerMinute(), 3));
        root.put("processed_per_minute", round(result.processedPerMinute(), 3));
        ObjectNode stages = root.putObject("stages");
        for (StageReport stage : result.stages()) {
            ObjectNode node = stages.putObject(stage.stage().label());
            counts(node, stage.attempted(), stage.succeeded(), stage.successRate(), stage.timings());
            node.put("configured_success_rate", result.parameters().successRate(stage.stage()));
            ObjectNode subs = node.putObject("sub_stages");
            for (SubStageReport sub : stage.subStages()) {
                counts(subs.putObject(sub.subStage().label()), sub.attempted(), sub.succeeded(), sub.successRate(),
                        sub.timings());
            }
        }
        ArrayNode errors = root.putArray("errors");
        for (ErrorCount e : result.errors()) {
            errors.addObject().put("type", e.type()).put("stage", e.stage().label()).put("count", e.count());
        }
        ArrayNode faults = root.putArray("faults");
        for (FaultSummary f : result.faults()) {
            faults.addObject().put("type", f.type()).put("injected", f.injected()).put("caught", f.caught())
                    .put("slipped", f.slipped()).put("otherwise", f.otherwise());
        }
        root.putObject("bottleneck").put("stage", result.bottleneck().stage().label())
                .put("share_of_time", round(result.bottleneck().shareOfTime(), 4))
                .put("reason", result.bottleneck().reason());
        root.set("quality", quality(result.quality()));
        ArrayNode batches = root.putArray("batches");
        for (BatchReport b : result.batches()) {
            ObjectNode batch = batches.addObject();
            batch.put("number", b.number()).put("worker", b.worker()).put("size", b.size())
                    .put("start_ms", b.startMillis()).put("end_ms", b.endMillis()).put("attempts", b.attempts())
                    .put("failure_rate", round(b.failureRate(), 4)).put("committed", b.committed());
            ObjectNode stageMs = batch.putObject("stage_ms");
            b.stageMillis().forEach((stage, ms) -> stageMs.put(stage.label(), ms));
        }
        ArrayNode timeline = root.putArray("timeline");
        for (ThroughputPoint p : result.timeline()) {
            timeline.addObject().put("minute", p.minute()).put("finished", p.finished())
                    .put("migrated", p.migrated()).put("cumulative_migrated", p.cumulativeMigrated());
        }
        ObjectNode rows = root.putObject("target_row_counts");
        result.targetRowCounts().forEach(rows::put);
        root.put("patients_needing_attention", result.patientsNeedingAttention().size());
        ArrayNode patients = root.putArray("patients");
        for (PatientOutcome p : result.patients()) {
            ObjectNode node = patients.addObject();
            node.put("patient_id", p.patientId()).put("dfn", p.dfn()).put("state", p.state().label())
                    .put("stage", p.stage().label()).put("batch", p.batch())
                    .put("finished_at_ms", p.finishedAtMillis()).put("quality_score", round(p.qualityScore(), 4))
                    .put("needs_attention", p.needsAttention());
            p.reasons().forEach(node.putArray("reasons")::add);
            p.defects().forEach(node.putArray("defects")::add);
        }
        return root;
    }

    private static ObjectNode settings(MigrationParameters p) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("batch_size", p.batchSize()).put("concurrent_workers", p.concurrentWorkers());
        ObjectNode rates = node.putObject("success_rates");
        for (MigrationStage stage : MigrationStage.values()) {
            rates.put(stage.label(), p.successRate(stage));
        }
        node.put("network_failure_rate", p.networkFailureRate()).put("system_overload_rate", p.systemOverloadRate())
                .put("data_corruption_rate", p.dataCorruptionRate());
        node.putObject("data_quality").put("minimum_quality_score", p.minimumQualityScore())
                .put("quality_degradation_rate", p.qualityDegradationRate())
                .put("validation_strictness", p.validationStrictness());
        ObjectNode patterns = node.putObject("error_patterns");
        p.errorPatterns().forEach((group, rates2) -> {
            ObjectNode g = patterns.putObject(group);
            rates2.forEach(g::put);
        });
        node.put("retry_limit", p.retryLimit()).put("batch_failure_threshold", p.batchFailureThreshold())
                .put("on_batch_failure", p.retryFailedBatches() ? "retry" : "abandon")
                .put("batch_retries", p.batchRetries()).put("rollback_threshold", p.rollbackThreshold());
        return node;
    }

    private static void counts(ObjectNode node, long attempted, long succeeded, double rate, Timings t) {
        node.put("attempted", attempted).put("succeeded", succeeded).put("success_rate", round(rate, 4));
        node.putObject("timings_ms").put("mean", round(t.meanMillis(), 1)).put("p50", round(t.p50Millis(), 1))
                .put("p95", round(t.p95Millis(), 1)).put("total", round(t.totalMillis(), 1));
    }

    private static ObjectNode quality(QualitySummary q) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("scored", q.scored()).put("mean", rounded(q.mean())).put("p5", rounded(q.p5()))
                .put("min", rounded(q.min())).put("minimum_score", q.minimumScore())
                .put("below_minimum", q.belowMinimum());
        ArrayNode histogram = node.putArray("histogram");
        for (QualitySummary.HistogramBin bin : q.histogram()) {
            histogram.addObject().put("lower", round(bin.lower(), 1)).put("upper", round(bin.upper(), 1))
                    .put("count", bin.count());
        }
        return node;
    }

    /** A quality figure to four places, or JSON {@code null} when no patient was scored. */
    private static BigDecimal rounded(OptionalDouble figure) {
        return figure.isPresent() ? round(figure.getAsDouble(), 4) : null;
    }

    static BigDecimal round(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }
}
