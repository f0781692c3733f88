package org.synthhealth.core.report.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Drives Debian's headless Chromium: renders a local page, returns the DOM after scripts ran and console lines. */
final class HeadlessChromium {

    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");

    private final Path binary;

    private HeadlessChromium(Path binary) {
        this.binary = binary;
    }

    static Optional<HeadlessChromium> find() {
        return CANDIDATES.stream().map(Path::of).filter(Files::isExecutable).findFirst().map(HeadlessChromium::new);
    }

    /** The rendered DOM and every console message the page produced. */
    record Rendering(String dom, List<String> consoleMessages) {
    }

    Rendering render(Path page, Path workDir) throws IOException, InterruptedException {
        Path stderr = workDir.resolve("chromium-dom.log");
        Path stdout = workDir.resolve("dom.html");
        run(workDir, stdout, stderr, "--dump-dom", page.toUri().toString());
        List<String> console = new ArrayList<>();
        for (String line : Files.readAllLines(stderr, StandardCharsets.UTF_8)) {
            if (line.contains(":CONSOLE")) {
                console.add(line);
            }
        }
        return new Rendering(Files.readString(stdout, StandardCharsets.UTF_8), console);
    }

    void screenshot(Path page, Path png, int width, int height, Path workDir) throws IOException, InterruptedException {
        run(workDir, workDir.resolve("screenshot.out"), workDir.resolve("chromium-shot.log"),
                "--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
                "--hide-scrollbars", page.toUri().toString());
    }

    private void run(Path workDir, Path stdout, Path stderr, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + workDir.resolve("profile"), "--enable-logging=stderr", "--v=0"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("chromium did not finish within 120 s: " + command);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("chromium exited " + process.exitValue() + "; see " + stderr);
        }
    }
}
