import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.FixtureExport;
import org.synthhealth.core.TableFormat;

/**
 * Generates the same CSV + Parquet cohort several times in one JVM and prints the speed of each round, so the later
 * rounds show what a warmed-up JVM (a test run, a service) does once the JIT has compiled the hot code.
 * Run through benchmarks/warm.sh, which puts the command's jars on the class path.
 */
public final class Warm {

    public static void main(String[] args) throws IOException {
        int patients = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        Path folder = Path.of(args[2]);
        for (int round = 1; round <= rounds; round++) {
            Path out = folder.resolve("round-" + round);
            CohortSpec spec = CohortSpec.builder().patients(patients).seed(1).outputDir(out)
                    .outputFormat(TableFormat.BOTH).interopFormats(Set.of()).build();
            long start = System.nanoTime();
            FixtureExport.of(spec).run();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("round %d: %.1f s, %.0f patients/s%n", round, seconds, patients / seconds);
            delete(out);
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
