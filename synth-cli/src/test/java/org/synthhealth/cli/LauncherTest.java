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
    /** Where the launcher finds the system's commands after the stand-ins. */
    private String systemPath = "/usr/bin:/bin";

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
                mkdir synth-cli/target/.building || { echo "[ERROR] a second build compiled into target/"; exit 1; }
                sleep "${MVN_SECONDS:-0}"
                [[ -f synth-cli/target/synth-cli-0.1.0-SNAPSHOT.jar ]] || touch synth-cli/target/synth-cli-0.1.0-SNAPSHOT.jar
                rmdir synth-cli/target/.building
                [[ -z "${MVN_FAILS:-}" ]] || { echo "[ERROR] compilation failure"; exit 1; }
                """);
        script(bin.resolve("java"), """
                #!/usr/bin/env bash
                echo "java $*" >> "$CALLS"
                if [[ "$*" == *-Xfoo* ]]; then
                    echo "Unrecognized option: -Xfoo"
                    echo "Error: Could not create the Java Virtual Machine."
                    exit 1
                fi
                echo "LC_ALL=${LC_ALL:-}" > "$CALLS.locale"
                if [[ -n "${LOCK_FILE:-}" && "$*" != *ArchiveClassesAtExit* ]] && ! flock -n "$LOCK_FILE" true; then
                    echo "the command held the build lock" >> "$CALLS"
                fi
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

    /**
     * Two launchers started together after a source change: the second waits for the first one's build and uses
     * its jar and class archive. The stand-in build takes two seconds and fails when another is already running,
     * as two real builds into one target/ do.
     */
    @Test
    void twoLaunchersOnAStaleBuildBuildOnceAndBothRun() throws Exception {
        assertBuildsOnceForTwoLaunchers();
    }

    /** The same where flock is missing (macOS): a folder is the lock. */
    @Test
    void twoLaunchersBuildOnceWhereFlockIsMissing() throws Exception {
        systemPath = withoutFlock().toString();

        assertBuildsOnceForTwoLaunchers();

        assertThat(project.resolve("synth-cli/target/.synth-build.lock.d")).as("the lock folder").doesNotExist();
    }

    /** A lock folder whose launcher died (SIGKILL, a crash) is taken over rather than waited on for ever. */
    @Test
    void takesOverTheLockFolderOfALauncherThatIsGone() throws Exception {
        systemPath = withoutFlock().toString();
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path lock = Files.createDirectories(project.resolve("synth-cli/target/.synth-build.lock.d"));
        Files.writeString(lock.resolve("pid"), gone.pid() + "\n");

        assertThat(run(false)).isZero();

        assertThat(calls()).containsExactly("mvn", "record classes", "java (archive) --version");
        assertThat(lock).as("the dead launcher's lock folder").doesNotExist();
    }

    /** The lock guards only the build: the command itself runs without it, so a build never waits for a run. */
    @Test
    void runsTheCommandWithoutHoldingTheBuildLock() throws Exception {
        ProcessBuilder launcher = launcher("output.log");
        launcher.environment().put("LOCK_FILE", project.resolve("synth-cli/target/.synth-build.lock").toString());

        assertThat(finish(launcher.start())).isZero();

        assertThat(calls()).containsExactly("mvn", "record classes", "java (archive) --version");
    }

    /** The launcher's JVM tuning applies unless SYNTH_JAVA_OPTS names the same setting, whose value then wins. */
    @Test
    void tunesTheJvmUnlessTheUserNamesTheSameSetting() throws Exception {
        Path thp = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        boolean hugePagesOnRequest = Files.isReadable(thp)
                && Files.readString(thp).matches("(?s).*\\[(always|madvise)\\].*");

        assertThat(run(false)).isZero();
        String tuned = commandLine();
        assertThat(tuned).contains("-XX:+UseParallelGC", "-XX:InlineSmallCode=1000", "-XX:FreqInlineSize=100");
        assertThat(tuned.contains("-XX:+UseTransparentHugePages")).as("huge pages where the kernel offers them")
                .isEqualTo(hugePagesOnRequest);

        Files.delete(log);
        ProcessBuilder own = launcher("output.log");
        own.environment().put("SYNTH_JAVA_OPTS",
                "-XX:+UseSerialGC -XX:InlineSmallCode=2000 -XX:FreqInlineSize=325 -XX:-UseTransparentHugePages");
        assertThat(finish(own.start())).isZero();
        String chosen = commandLine();
        assertThat(chosen).contains("-XX:+UseSerialGC", "-XX:InlineSmallCode=2000", "-XX:FreqInlineSize=325",
                        "-XX:-UseTransparentHugePages")
                .doesNotContain("-XX:+UseParallelGC", "-XX:InlineSmallCode=1000", "-XX:FreqInlineSize=100",
                        "-XX:+UseTransparentHugePages");
    }

    @Test
    void javaOptionsJavaRefusesEndTheRunInOneLineAndGoodOnesAreTriedOnce() throws Exception {
        ProcessBuilder bad = launcher("bad.log");
        bad.environment().put("SYNTH_JAVA_OPTS", "-Xmx1g -Xfoo");

        assertThat(finish(bad.start())).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("bad.log"))).endsWith("synth: SYNTH_JAVA_OPTS: Java refuses "
                + "\"-Xmx1g -Xfoo\" (Unrecognized option: -Xfoo); correct the options or unset SYNTH_JAVA_OPTS\n");
        assertThat(calls()).doesNotContain("java --version", "java (archive) --version");

        Files.delete(log);
        for (int run = 0; run < 2; run++) {
            ProcessBuilder good = launcher("good.log");
            good.environment().put("SYNTH_JAVA_OPTS", "-Xmx1g");
            assertThat(finish(good.start())).isZero();
        }
        assertThat(Files.readAllLines(log)).filteredOn(call -> call.endsWith(" -version")).as("options tried")
                .containsExactly("java -Xmx1g -version");
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
        ProcessBuilder builder = launcher("output.log");
        if (locale != null) {
            builder.environment().remove("LANG");
            builder.environment().put("LC_ALL", locale);
        }
        if (buildFails) {
            builder.environment().put("MVN_FAILS", "1");
        }
        return finish(builder.start());
    }

    /** The launcher run with {@code --version}, its output in {@code output}, with the stand-ins first on the path. */
    private ProcessBuilder launcher(String output) {
        ProcessBuilder builder = new ProcessBuilder("bash", project.resolve("synth").toString(), "--version")
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve(output).toFile());
        builder.environment().put("PATH", dir.resolve("bin") + ":" + systemPath);
        builder.environment().put("CALLS", log.toString());
        builder.environment().remove("SYNTH_JAVA_OPTS");
        if (training != null) {
            builder.environment().put("TRAINING_FAILS", training);
        }
        return builder;
    }

    private static int finish(Process process) throws InterruptedException {
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("launcher finished").isTrue();
        return process.exitValue();
    }

    private void assertBuildsOnceForTwoLaunchers() throws Exception {
        ProcessBuilder first = launcher("first.log");
        ProcessBuilder second = launcher("second.log");
        first.environment().put("MVN_SECONDS", "2");
        second.environment().put("MVN_SECONDS", "2");

        Process one = first.start();
        Process two = second.start();

        assertThat(finish(one)).as("first launcher: %s", Files.readString(dir.resolve("first.log"))).isZero();
        assertThat(finish(two)).as("second launcher: %s", Files.readString(dir.resolve("second.log"))).isZero();
        assertThat(calls()).as("one build, one recording, two runs with the archive")
                .containsExactlyInAnyOrder("mvn", "record classes", "java (archive) --version",
                        "java (archive) --version");
    }

    /**
     * A folder that stands for a system without flock: a script for every other command in /usr/bin and /bin that
     * runs it (scripts rather than links, which JUnit would warn about one by one when it removes the folder).
     */
    private Path withoutFlock() throws IOException {
        Path system = Files.createDirectories(dir.resolve("system"));
        for (String folder : List.of("/usr/bin", "/bin")) {
            try (var commands = Files.list(Path.of(folder))) {
                for (Path command : commands.toList()) {
                    Path stand = system.resolve(command.getFileName().toString());
                    if (!command.getFileName().toString().equals("flock") && Files.isExecutable(command)
                            && !Files.exists(stand)) {
                        script(stand, "#!/bin/sh\nexec '" + command + "' \"$@\"\n");
                    }
                }
            }
        }
        return system;
    }

    /** The Java command line of the last command run (not the recording run). */
    private String commandLine() throws IOException {
        List<String> runs = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(call -> call.startsWith("java ") && !call.contains("-XX:ArchiveClassesAtExit=")).toList();
        assertThat(runs).as("command runs").isNotEmpty();
        return runs.get(runs.size() - 1);
    }

    private List<String> calls() throws IOException {
        return Files.readAllLines(log, StandardCharsets.UTF_8).stream().map(LauncherTest::named).toList();
    }

    /**
     * A logged call named by what it does: a build, the run that records the class archive, the check of the user's
     * Java options, or the command.
     */
    private static String named(String call) {
        if (!call.startsWith("java ")) {
            return call;
        }
        if (call.contains("-XX:ArchiveClassesAtExit=")) {
            return "record classes";
        }
        String command = "org.synthhealth.cli.SynthCommand ";
        if (!call.contains(command)) {
            return "check options";
        }
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
