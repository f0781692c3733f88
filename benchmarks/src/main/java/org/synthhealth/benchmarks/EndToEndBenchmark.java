package org.synthhealth.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.FixtureExport;
import org.synthhealth.core.TableFormat;

/**
 * One cohort written end to end as CSV and Parquet files, as {@code synth --both} writes it: generation, both
 * formats' ten tables, the atomic commit. Each operation is one whole cohort, timed once ({@link Mode#SingleShotTime}),
 * in a JVM that earlier operations have warmed up. The files are deleted between operations, outside the timing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EndToEndBenchmark {

    /** Patients per cohort. */
    @Param({"10000", "100000"})
    public int patients;

    private Path folder;
    private CohortSpec spec;

    @Setup(Level.Trial)
    public void prepare() throws IOException {
        folder = Files.createTempDirectory("synth-jmh-");
        spec = CohortSpec.builder().patients(patients).seed(1).outputDir(folder.resolve("out"))
                .outputFormat(TableFormat.BOTH).interopFormats(Set.of()).build();
    }

    @Benchmark
    public void csvAndParquet() throws IOException {
        FixtureExport.of(spec).run();
    }

    @TearDown(Level.Iteration)
    public void deleteFiles() throws IOException {
        delete(folder.resolve("out"));
    }

    @TearDown(Level.Trial)
    public void deleteFolder() throws IOException {
        delete(folder);
    }

    private static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
    }
}
