package org.synthhealth.cli;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Loads a ZWR file into a fresh GT.M database with GT.M's own GDE, {@code mupip create} and {@code mupip load}. When
 * GT.M is missing the test fails under CI (the {@code CI} variable is set) and is skipped elsewhere.
 */
final class GtmLoad {

    private GtmLoad() {
    }

    /** Creates a database in {@code dir}, loads {@code zwr} into it and returns its global directory. */
    static Path load(Path zwr, Path dir) throws IOException, InterruptedException {
        Path dist = gtmDist();
        Files.createDirectories(dir);
        run(dist, dir, "change -segment DEFAULT -file_name=" + dir.resolve("synth.dat") + "\n"
                + "change -region DEFAULT -key_size=1019 -record_size=1048576\nexit\n", "mumps", "-run", "GDE");
        run(dist, dir, "", "mupip", "create");
        run(dist, dir, "", "mupip", "load", zwr.toString());
        return dir.resolve("synth.gld");
    }

    private static Path gtmDist() throws IOException {
        Path root = Path.of("/usr/lib/x86_64-linux-gnu/fis-gtm");
        Optional<Path> found = Optional.empty();
        if (Files.isDirectory(root)) {
            try (Stream<Path> versions = Files.list(root)) {
                found = versions.filter(p -> Files.isExecutable(p.resolve("mumps"))).max(Path::compareTo);
            }
        }
        if (found.isEmpty()) {
            String message = "GT.M is not installed (no mumps under " + root + "): .ci/run must install fis-gtm";
            if (System.getenv("CI") != null) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        return found.get();
    }

    private static void run(Path dist, Path dir, String stdin, String program, String... args)
            throws IOException, InterruptedException {
        List<String> command = Stream.concat(Stream.of(dist.resolve(program).toString()), Stream.of(args)).toList();
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve(program + ".log").toFile());
        Map<String, String> env = builder.environment();
        env.put("gtm_dist", dist.toString());
        env.put("gtmgbldir", dir.resolve("synth.gld").toString());
        env.put("gtmroutines", dir + " " + dist.resolve("libgtmutil.so"));
        env.put("gtm_tmp", dir.toString());
        Process process = builder.start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.US_ASCII));
        process.getOutputStream().close();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            fail(String.join(" ", command) + " failed:\n" + Files.readString(dir.resolve(program + ".log")));
        }
    }
}
