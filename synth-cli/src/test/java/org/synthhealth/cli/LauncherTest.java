package org.synthhealth.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./synth} launcher's decision to build, run against a copy of the script in a project of empty files
 * with stand-ins for {@code mvn} and {@code java} that only log their calls. The stand-in Maven, like the real one,
 * leaves an existing jar alone when the command's own module did not change.
 */
class LauncherTest {

    private static final Path LAUNCHER = Path.of("..", "synth");

    @TempDir
    Path dir;
    private Path project;
    private Path log;
    private Path coreSource;
    /** When set, the stand-in Java fails the run that records the class archive. */
    private String training;

    @BeforeEach
    void project() throws IOException {
        project = Files.createDirectories(dir.resolve("project"));
        Files.copy(LAUNCHER, project.resolve("synth"));
        for (String file : List.of("pom.xml", "synth-core/pom.xml", "synth-cli/pom.xml",
                "synth-core/src/main/java/Core.java", "synth-cli/src/main/java/Cli.java")) {
            Files.createDirectories(project.resolve(file).getParent());
            Files.writeString(project.resolve(file), "");
            age(project.resolve(file), 600);
        }
        coreSource = project.resolve("synth-core/src/main/java/Core.java");
        log = dir.resolve("calls.log");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        script(bin.resolve("mvn"), """
                #!/usr/bin/env bash
                echo mvn >> "$CALLS"
                mkdir -p synth-cli/target/lib
                [[ -f synth-cli/target/synth-cli-0.1.0-SNAPSHOT.jar ]] || touch synth-cli/target/synth-cli-0.1.0-SNAPSHOT.jar
                [[ -z "${MVN_FAILS:-}" ]] || { echo "[ERROR] compilation failure"; exit 1; }
                """);
        script(bin.resolve("java"), """
                #!/usr/bin/env bash
                echo "java $*" >> "$CALLS"
                echo "LC_ALL=${LC_ALL:-}" > "$CALLS.locale"
                for arg in "$@"; do
                    if [[ "$arg" == -XX:ArchiveClassesAtExit=* ]]; then
                        [[ -z "${TRAINING_FAILS:-}" ]] || exit 1
                        echo classes > "${arg#*=}"
                    fi
                done
                """);
    }

    @Test
    void buildsOnTheFirstRunAndNotAgainUntilASourceChanges() throws Exception {
        assertThat(run(false)).isZero();
        assertThat(run(false)).isZero();

        assertThat(calls()).containsExactly("mvn", "record classes", "java (archive) --version",
                "java (archive) --version");
    }

    @Test
    void aCoreChangeThatLeavesTheJarAloneIsBuiltOnceNotOnEveryRun() throws Exception {
        run(false);
        Path jar = project.resolve("synth-cli/target/synth-cli-0.1.0-SNAPSHOT.jar");
        // The last build was five minutes ago; the core source changed a minute ago.
        age(jar, 300);
        age(project.resolve("synth-cli/target/.synth-built"), 300);
        age(coreSource, 60);

        run(false);
        run(false);

        assertThat(calls()).filteredOn("mvn"::equals).hasSize(2);
        assertThat(Files.getLastModifiedTime(jar).toInstant()).isBefore(Instant.now().minusSeconds(200));
    }

    @Test
    void aFailedBuildStopsTheRunAndIsTriedAgainNextTime() throws Exception {
        assertThat(run(true)).isNotZero();
        assertThat(calls()).containsExactly("mvn");

        assertThat(run(false)).isZero();
        assertThat(calls()).containsExactly("mvn", "mvn", "record classes", "java (archive) --version");
    }

    @Test
    void recordsTheClassArchiveAgainAfterEachBuild() throws Exception {
        run(false);
        age(project.resolve("synth-cli/target/synth-classes.jsa"), 300);
        age(project.resolve("synth-cli/target/.synth-built"), 300);
        age(coreSource, 60);

        run(false);

        assertThat(calls()).containsExactly("mvn", "record classes", "java (archive) --version",
                "mvn", "record classes", "java (archive) --version");
    }

    /** A cut-short archive crashes the JVM (SIGBUS), so one whose size differs from the recorded size is not used. */
    @Test
    void recordsACutShortClassArchiveAgainRatherThanUseIt() throws Exception {
        run(false);
        Files.writeString(project.resolve("synth-cli/target/synth-classes.jsa"), "clas");
        training = "fails";

        run(false);

        assertThat(calls()).containsExactly("mvn", "record classes", "java (archive) --version", "record classes",
                "java --version");
    }

    @Test
    void runsWithoutTheClassArchiveWhenItCannotBeRecorded() throws Exception {
        training = "fails";

        assertThat(run(false)).isZero();

        assertThat(calls()).containsExactly("mvn", "record classes", "java --version");
        assertThat(project.resolve("synth-cli/target/synth-classes.jsa")).doesNotExist();
    }

    /** Under C, Java would read a folder named "ünï" as "??n??"; the launcher gives it C's UTF-8 variant. */
    @Test
    void runsJavaInAUtf8LocaleWhenTheCallersLocaleIsAscii() throws Exception {
        Process locales = new ProcessBuilder("locale", "-a").redirectErrorStream(true).start();
        String available = new String(locales.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean hasCUtf8 = available.toLowerCase(java.util.Locale.ROOT).matches("(?s).*c\\.utf-?8.*");
        assumeTrue(locales.waitFor() == 0 && hasCUtf8, "needs the C.UTF-8 locale");

        assertThat(run(false, "C")).isZero();
        assertThat(Files.readString(Path.of(log + ".locale")).strip()).isEqualTo("LC_ALL=C.UTF-8");

        assertThat(run(false, "C.UTF-8")).isZero();
        assertThat(Files.readString(Path.of(log + ".locale")).strip()).isEqualTo("LC_ALL=C.UTF-8");
    }

    private int run(boolean buildFails) throws IOException, InterruptedException {
        return run(buildFails, null);
    }

    private int run(boolean buildFails, String locale) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", project.resolve("synth").toString(), "--version")
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("output.log").toFile());
        builder.environment().put("PATH", dir.resolve("bin") + ":/usr/bin:/bin");
        builder.environment().put("CALLS", log.toString());
        builder.environment().remove("SYNTH_JAVA_OPTS");
        if (locale != null) {
            builder.environment().remove("LANG");
            builder.environment().put("LC_ALL", locale);
        }
        if (buildFails) {
            builder.environment().put("MVN_FAILS", "1");
        }
        if (training != null) {
            builder.environment().put("TRAINING_FAILS", training);
        }
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("launcher finished").isTrue();
        return process.exitValue();
    }

    private List<String> calls() throws IOException {
        return Files.readAllLines(log, StandardCharsets.UTF_8).stream().map(LauncherTest::named).toList();
    }

    /** A logged call named by what it does: a build, the run that records the class archive, or the command. */
    private static String named(String call) {
        if (!call.startsWith("java ")) {
            return call;
        }
        if (call.contains("-XX:ArchiveClassesAtExit=")) {
            return "record classes";
        }
        String command = "org.synthhealth.cli.SynthCommand ";
        String arguments = call.substring(call.indexOf(command) + command.length());
        return (call.contains("-XX:SharedArchiveFile=") ? "java (archive) " : "java ") + arguments;
    }

    private static void script(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static void age(Path file, long seconds) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(seconds)));
    }
}
