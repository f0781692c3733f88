package org.synthhealth.core.migration.internal.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.synthhealth.core.InvalidInputException;

/**
 * One long-lived GT.M process running the {@code synthgtm} routine (shipped beside this class), spoken to one request
 * line at a time. The routine is written to a fresh temporary folder, which also holds GT.M's object file and
 * scratch files, and is removed at {@link #close()}. GT.M runs in M mode, so bytes map one to one onto ISO-8859-1.
 */
final class GtmProcess implements AutoCloseable {

    /** Where Debian's {@code fis-gtm} package installs GT.M, one folder per version. */
    static final Path DEBIAN_GTM = Path.of("/usr/lib/x86_64-linux-gnu/fis-gtm");

    static final String SETTING = "migration_settings.vista_source";

    private static final String ROUTINE = "synthgtm";
    private static final String END = "END";
    private static final String CLOSED = "\u0000closed";
    private static final long ANSWER_SECONDS = 120;

    private final Process process;
    private final Writer requests;
    private final BlockingQueue<String> replies = new LinkedBlockingQueue<>();
    private final Path workDir;
    private final String version;
    private String broken;

    private GtmProcess(Process process, Path workDir) throws IOException {
        this.process = process;
        this.workDir = workDir;
        this.requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.ISO_8859_1);
        Thread reader = new Thread(() -> pump(process.getInputStream()), "synth-gtm-reader");
        reader.setDaemon(true);
        reader.start();
        this.version = handshake();
    }

    /**
     * Starts GT.M on the database of {@code globalDirectory}.
     *
     * @throws InvalidInputException naming the setting and the fix when GT.M is missing or cannot open the database
     */
    static GtmProcess start(Optional<Path> gtmDist, Path globalDirectory) {
        Path gld = globalDirectory.toAbsolutePath();
        if (!Files.isRegularFile(gld) || !Files.isReadable(gld)) {
            throw new InvalidInputException(SETTING + ".global_directory (--vista-gtm): " + gld + " is not a readable"
                    + " file; give the .gld global directory of the GT.M database (made with mumps -run GDE)");
        }
        Path dist = installation(gtmDist);
        Path workDir = null;
        try {
            workDir = Files.createTempDirectory("synth-gtm-");
            try (InputStream routine = GtmProcess.class.getResourceAsStream(ROUTINE + ".m")) {
                Files.copy(routine, workDir.resolve(ROUTINE + ".m"));
            }
            Path library = dist.resolve("libgtmutil.so");
            ProcessBuilder builder = new ProcessBuilder(dist.resolve("mumps").toString(), "-run", ROUTINE)
                    .directory(gld.getParent().toFile())
                    .redirectError(workDir.resolve("stderr.txt").toFile());
            Map<String, String> env = builder.environment();
            env.put("gtm_dist", dist.toString());
            env.put("gtmgbldir", gld.toString());
            env.put("gtmroutines", workDir + " " + (Files.exists(library) ? library : dist));
            env.put("gtm_tmp", workDir.toString());
            env.put("gtm_chset", "M");
            env.put("gtm_etrap", "write \"FATAL \",$zstatus,! halt");
            Process process = builder.start();
            try {
                return new GtmProcess(process, workDir);
            } catch (RuntimeException e) {
                stop(process);
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            delete(workDir);
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException(SETTING + " (--vista-gtm): cannot start " + dist.resolve("mumps") + " ("
                    + e.getMessage() + "); check the GT.M installation named by gtm_dist");
        }
    }

    /** The GT.M folder: the one given, else {@code $gtm_dist}, else the newest version Debian installed. */
    static Path installation(Optional<Path> configured) {
        if (configured.isPresent()) {
            return mumpsIn(configured.get()).orElseThrow(() -> new InvalidInputException(SETTING + ".gtm_dist: no "
                    + "GT.M (an executable mumps) in " + configured.get() + "; give the folder that holds mumps, or "
                    + "install Debian's fis-gtm package"));
        }
        String env = System.getenv("gtm_dist");
        Optional<Path> found = env == null || env.isBlank() ? Optional.empty() : mumpsIn(Path.of(env));
        return found.or(() -> mumpsIn(DEBIAN_GTM)).orElseThrow(() -> new InvalidInputException(SETTING
                + " (--vista-gtm): GT.M is not installed (no mumps in $gtm_dist or under " + DEBIAN_GTM + "); "
                + "install it (apt-get install fis-gtm) or set " + SETTING + ".gtm_dist"));
    }

    private static Optional<Path> mumpsIn(Path dir) {
        if (holdsMumps(dir)) {
            return Optional.of(dir.toAbsolutePath());
        }
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(dir)) {
            return versions.filter(GtmProcess::holdsMumps).max(Comparator.naturalOrder()).map(Path::toAbsolutePath);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean holdsMumps(Path dir) {
        Path mumps = dir.resolve("mumps");
        return Files.isExecutable(mumps) && !Files.isDirectory(mumps);
    }

    /** GT.M's version line, for example {@code GT.M V7.0-005 Linux x86_64}. */
    String version() {
        return version;
    }

    /**
     * Sends one request and returns the reply's lines, without the closing {@code END}.
     *
     * @throws SourceReadException when GT.M answers with an error, dies or does not answer
     */
    List<String> ask(String request) {
        if (broken != null) {
            throw new SourceReadException(broken);
        }
        try {
            requests.write(request);
            requests.write('\n');
            requests.flush();
        } catch (IOException e) {
            throw new SourceReadException("GT.M is gone (" + e.getMessage() + ")" + lastError());
        }
        List<String> lines = new ArrayList<>();
        String error = null;
        while (true) {
            String line = next();
            if (line.equals(END)) {
                break;
            }
            if (line.startsWith("ERR ")) {
                error = line.substring(4);
            } else {
                lines.add(line);
            }
        }
        if (error != null) {
            throw new SourceReadException("GT.M error: " + status(error));
        }
        return lines;
    }

    private String handshake() {
        String line;
        try {
            line = next();
        } catch (SourceReadException e) {
            throw new InvalidInputException(SETTING + " (--vista-gtm): GT.M did not start: " + e.getMessage()
                    + "; check the GT.M installation named by gtm_dist");
        }
        if (line.startsWith("READY ")) {
            return line.substring(6);
        }
        String reason = line.startsWith("FATAL ") ? status(line.substring(6)) : line;
        throw new InvalidInputException(SETTING + ".global_directory (--vista-gtm): GT.M cannot open the database: "
                + reason + "; check the global directory and that its database file exists (mupip create, "
                + "mupip load)");
    }

    private String next() {
        String line;
        try {
            line = replies.poll(ANSWER_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceReadException("interrupted while waiting for GT.M");
        }
        if (line == null) {
            // A late answer would be taken for the answer to the next request, so nothing more is asked.
            broken = "GT.M did not answer within " + ANSWER_SECONDS + " s";
            throw new SourceReadException(broken);
        }
        if (line.equals(CLOSED)) {
            broken = "GT.M ended unexpectedly" + lastError();
            throw new SourceReadException(broken);
        }
        return line;
    }

    private void pump(InputStream in) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1))) {
            String line;
            while ((line = reader.readLine()) != null) {
                replies.add(line);
            }
        } catch (IOException e) {
            // The process went away; the reader below says so to whoever waits for an answer.
        } finally {
            replies.add(CLOSED);
        }
    }

    /** GT.M's $ZSTATUS without the error number and the routine place: the mnemonic and the text. */
    private static String status(String zstatus) {
        String[] parts = zstatus.split(",", 3);
        return parts.length == 3 && parts[0].chars().allMatch(Character::isDigit) ? parts[2] : zstatus;
    }

    private String lastError() {
        try {
            List<String> lines = Files.readAllLines(workDir.resolve("stderr.txt"), StandardCharsets.ISO_8859_1);
            return lines.isEmpty() ? "" : ": " + lines.get(lines.size() - 1).strip();
        } catch (IOException e) {
            return "";
        }
    }

    /** Ends the request loop (GT.M halts at the end of its input), then removes the temporary folder. */
    @Override
    public void close() {
        try {
            requests.close();
        } catch (IOException e) {
            // Already gone: nothing to end.
        }
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                stop(process);
            }
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
        } finally {
            delete(workDir);
        }
    }

    /** Asks GT.M to stop (it runs its database rundown on SIGTERM) and waits a while for it. */
    private static void stop(Process process) {
        process.destroy();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove GT.M's temporary folder " + dir, e);
        }
    }
}
