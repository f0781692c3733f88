package org.synthhealth.core.config;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.synthhealth.core.CohortSpec;

/**
 * A short, stable fingerprint of the settings that shape the patients of a spec, so that a file written by one run
 * can tell a later run whether it holds the same cohort.
 *
 * <p>The fingerprint is the first 16 hex digits of the SHA-256 of the spec's YAML as {@link CohortSpecWriter} writes
 * it, minus the keys in {@link #IGNORED_KEYS}: the seed and the patient count (files record those on their own), and
 * what only decides where and how the cohort is written or migrated (paths, formats, worker and batch counts, data
 * quality, error patterns and the migration block). Everything else, including keys added to the spec later, counts:
 * a setting wrongly counted only makes a later run refuse a file it could have used, whereas one wrongly left out
 * would let it migrate from a different cohort. The YAML text is the same on every JVM, locale, time zone and thread
 * count, so the fingerprint is too; the order of a distribution's categories counts because it steers sampling.
 *
 * <pre>{@code
 * String fingerprint = CohortFingerprint.of(CohortSpec.builder().patients(20).build());
 * }</pre>
 */
public final class CohortFingerprint {

    /** The top-level YAML keys that do not change any generated patient. */
    public static final List<String> IGNORED_KEYS = List.of("num_records", "seed", "output_dir", "output_format",
            "formats", "concurrent_workers", "batch_size", "memory_limit", "report_file", "data_quality",
            "error_patterns", "migration_settings", "simulate_migration", "migration_strategy", "migration_report");

    private CohortFingerprint() {
    }

    /** The fingerprint of {@code spec}: 16 lower-case hex digits. */
    public static String of(CohortSpec spec) {
        ObjectNode tree = CohortSpecWriter.tree(spec);
        tree.remove(IGNORED_KEYS);
        String text = CohortSpecWriter.yaml(tree).replace("\r\n", "\n");
        return HexFormat.of().formatHex(sha256(text.getBytes(StandardCharsets.UTF_8)), 0, 8);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
