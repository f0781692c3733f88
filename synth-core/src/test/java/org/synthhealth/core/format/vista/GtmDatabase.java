package org.synthhealth.core.format.vista;

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
 * A fresh GT.M database in a folder of its own, driven through GT.M's own programs ({@code mumps -run GDE},
 * {@code mupip create}, {@code mupip load}, {@code mumps -run}). Installs nothing: GT.M comes from Debian's
 * {@code fis-gtm} package, which {@code .ci/run} installs. Public so that the migration's GT.M tests can load a
 * cohort into a database of their own.
 */
public final class GtmDatabase {

    private static final long TIMEOUT_SECONDS = 300;

    private final Path gtmDist;
    private final Path dir;

    private GtmDatabase(Path gtmDist, Path dir) {
        this.gtmDist = gtmDist;
        this.dir = dir;
    }

    /**
     * Creates the global directory and database under {@code dir}; when GT.M is missing, fails under CI (the
     * {@code CI} variable is set) and skips the test otherwise.
     */
    public static GtmDatabase create(Path dir) throws IOException, InterruptedException {
        return create(dir, "");
    }

    /**
     * As {@link #create(Path)}, running these further GDE commands (one a line, for example extra regions) before
     * the database files are created.
     */
    public static GtmDatabase create(Path dir, String gdeCommands) throws IOException, InterruptedException {
        Optional<Path> dist = findGtm();
        if (dist.isEmpty()) {
            String message = "GT.M is not installed (no mumps under /usr/lib/x86_64-linux-gnu/fis-gtm): "
                    + ".ci/run must install fis-gtm (apt-get install -y fis-gtm)";
            if (System.getenv("CI") != null) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        GtmDatabase db = new GtmDatabase(dist.get(), dir);
        String gde = "change -segment DEFAULT -file_name=" + dir.resolve("synth.dat") + "\n"
                + "change -region DEFAULT -key_size=1019 -record_size=1048576\n" + gdeCommands + "exit\n";
        db.run(gde, "mumps", "-run", "GDE");
        db.run("", "mupip", "create");
        return db;
    }

    /** Loads a ZWR file with {@code mupip load}; returns GT.M's report. */
    public String load(Path zwr) throws IOException, InterruptedException {
        return run("", "mupip", "load", zwr.toString());
    }

    /** The global directory ({@code synth.gld}) that names this database. */
    public Path globalDirectory() {
        return dir.resolve("synth.gld");
    }

    /** The GT.M installation in use (the folder holding {@code mumps}). */
    public Path gtmDist() {
        return gtmDist;
    }

    /** Extracts every global into a ZWR file with {@code mupip extract -format=zwr}. */
    Path extract(String fileName) throws IOException, InterruptedException {
        Path target = dir.resolve(fileName);
        run("", "mupip", "extract", "-format=zwr", target.toString());
        return target;
    }

    /** Writes {@code source} as routine {@code name}.m into the database folder and runs it; returns its output. */
    public String runRoutine(String name, String source) throws IOException, InterruptedException {
        Files.writeString(dir.resolve(name + ".m"), source, StandardCharsets.US_ASCII);
        return run("", "mumps", "-run", name);
    }

    private String run(String stdin, String program, String... args) throws IOException, InterruptedException {
        List<String> command = Stream.concat(Stream.of(gtmDist.resolve(program).toString()), Stream.of(args))
                .toList();
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("gtm_dist", gtmDist.toString());
        env.put("gtmgbldir", dir.resolve("synth.gld").toString());
        env.put("gtmroutines", dir + " " + gtmDist.resolve("libgtmutil.so"));
        env.put("gtm_tmp", dir.toString());
        Path output = dir.resolve("output-" + program + ".txt");
        builder.redirectOutput(output.toFile());
        Process process = builder.start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.US_ASCII));
        process.getOutputStream().close();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(String.join(" ", command) + " did not finish within " + TIMEOUT_SECONDS + " s");
        }
        String text = Files.readString(output, StandardCharsets.ISO_8859_1);
        if (process.exitValue() != 0) {
            fail(String.join(" ", command) + " exited with " + process.exitValue() + ":\n" + text);
        }
        return text;
    }

    private static Optional<Path> findGtm() throws IOException {
        String env = System.getenv("gtm_dist");
        if (env != null && Files.isExecutable(Path.of(env, "mumps"))) {
            return Optional.of(Path.of(env));
        }
        Path root = Path.of("/usr/lib/x86_64-linux-gnu/fis-gtm");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.filter(p -> Files.isExecutable(p.resolve("mumps"))).sorted().reduce((a, b) -> b);
        }
    }
}
