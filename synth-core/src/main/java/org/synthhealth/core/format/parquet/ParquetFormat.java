package org.synthhealth.core.format.parquet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.InvalidInputException;
import org.synthhealth.core.format.FixtureFormat;
import org.synthhealth.core.format.FixtureWriter;
import org.synthhealth.core.format.TableLanes;
import org.synthhealth.core.format.table.Tables;

/**
 * Writes the ten tables of {@link Tables} as Parquet files through parquet-avro, one {@code <table>.parquet} per
 * table, with the same columns, order and values as the CSV format.
 *
 * <p>Dates use the {@code DATE} logical type, instants {@code TIMESTAMP(MILLIS)} adjusted to UTC, decimals
 * {@code DECIMAL(18, 6)}, and optional columns are nullable. Files are Snappy-compressed and written without the
 * Hadoop file system, so no {@code HADOOP_HOME} is needed. The same patients always give the same bytes.
 */
public final class ParquetFormat implements FixtureFormat {

    /**
     * snappy-java unpacks its native library into this folder on first use; when it cannot, it prints a stack trace
     * and every Parquet file fails at its first page, so the folder is checked before any patient is generated.
     */
    private static void refuseUnwritableNativeFolder() {
        String property = System.getProperty("org.xerial.snappy.tempdir") != null ? "org.xerial.snappy.tempdir"
                : "java.io.tmpdir";
        Path folder = Path.of(System.getProperty(property));
        if (!Files.isDirectory(folder) || !Files.isWritable(folder)) {
            throw new InvalidInputException("parquet: " + folder + " (" + property + ") is not a writable folder, "
                    + "and Parquet's Snappy codec unpacks its native library there; run with "
                    + "SYNTH_JAVA_OPTS=-D" + property + "=<a writable folder>");
        }
    }

    @Override
    public String name() {
        return "parquet";
    }

    @Override
    public List<String> fileNames(CohortSpec spec) {
        return Tables.fileNames("parquet");
    }

    @Override
    public FixtureWriter open(Path outputDir, CohortSpec spec, long seed) throws IOException {
        refuseUnwritableNativeFolder();
        return TableLanes.start(outputDir, "parquet", "synth-parquet-writer", ParquetTableFile::open);
    }
}
