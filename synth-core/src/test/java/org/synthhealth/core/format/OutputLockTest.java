package org.synthhealth.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.FixtureExport;
import org.synthhealth.core.InvalidInputException;
import org.synthhealth.core.format.csv.CsvFormat;

class OutputLockTest {

    @TempDir
    Path dir;

    @Test
    void refusesASecondRunIntoALockedFolderAndLetsTheNextOneIn() throws IOException {
        try (OutputLock first = OutputLock.acquire(dir)) {
            assertThatThrownBy(() -> OutputLock.acquire(dir)).isInstanceOf(InvalidInputException.class)
                    .hasMessage("output_dir (--output-dir): another synth run is writing to " + dir
                            + "; wait for it to finish or choose another output directory");
        }

        assertThat(dir.resolve(OutputLock.FILE_NAME)).doesNotExist();
        try (OutputLock next = OutputLock.acquire(dir)) {
            assertThat(dir.resolve(OutputLock.FILE_NAME)).exists();
        }
    }

    /** /proc/self is a folder in which no file can be created; Java reports that as a missing file. */
    @Test
    void aFolderInWhichNoFileCanBeCreatedIsNamedAsTheOutputDirectory() {
        Path proc = Path.of("/proc/self");
        assumeTrue(Files.isDirectory(proc), "needs Linux's /proc");

        assertThatThrownBy(() -> OutputLock.acquire(proc)).isInstanceOf(InvalidInputException.class)
                .hasMessage("output_dir (--output-dir): cannot write in /proc/self: no file can be created there; "
                        + "choose a folder you can write to");
    }

    /**
     * A run ending deletes its lock file while holding it; a run that had opened that file may lock it right after.
     * It must see that the path now names another file, or a third run could lock that one beside it.
     */
    @Test
    void aLockOnAFileTheNameNoLongerReachesIsToldApart() throws IOException {
        Path file = dir.resolve(OutputLock.FILE_NAME);
        try (java.nio.channels.FileChannel held = java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE)) {
            assertThat(OutputLock.holdsThePath(file, held)).isTrue();
            long marked = Files.size(file);

            Files.delete(file);
            assertThat(OutputLock.holdsThePath(file, held)).as("deleted").isFalse();
            Files.write(file, new byte[(int) marked + 1]);
            assertThat(OutputLock.holdsThePath(file, held)).as("replaced").isFalse();
        }
        try (OutputLock lock = OutputLock.acquire(dir)) {
            assertThatThrownBy(() -> OutputLock.acquire(dir)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("another synth run is writing");
        }
    }

    /**
     * The operating system must see the lock for as long as the run holds it: POSIX record locks go with any of the
     * process's descriptors of the file that is closed, so a check that opened the file again once dropped it.
     */
    @Test
    void theOperatingSystemSeesTheLockWhileTheRunHoldsIt() throws IOException {
        Path locks = Path.of("/proc/locks");
        assumeTrue(Files.isReadable(locks), "needs Linux's /proc/locks");

        try (OutputLock lock = OutputLock.acquire(dir)) {
            Object inode = Files.getAttribute(dir.resolve(OutputLock.FILE_NAME), "unix:ino");
            String pid = Long.toString(ProcessHandle.current().pid());
            assertThat(Files.readAllLines(locks)).as("/proc/locks").anyMatch(line -> line.contains(" " + pid + " ")
                    && line.contains(":" + inode + " "));
            assertThat(OutputLock.heldHere(dir)).isTrue();
            assertThat(dir.resolve(OutputLock.FILE_NAME)).as("left empty after the check").isEmptyFile();
        }
        assertThat(OutputLock.heldHere(dir)).isFalse();
    }

    @Test
    void aStaleLockFileLeftByAKilledRunBlocksNothing() throws IOException {
        Files.writeString(dir.resolve(OutputLock.FILE_NAME), "");

        try (OutputLock lock = OutputLock.acquire(dir)) {
            assertThat(lock).isNotNull();
        }
    }

    @Test
    void aLockPathThatIsAFolderOrALinkIsRefusedWithTheFix() throws IOException {
        Files.createDirectory(dir.resolve(OutputLock.FILE_NAME));

        assertThatThrownBy(() -> OutputLock.acquire(dir)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("is not a regular file").hasMessageContaining("delete it and run again");

        Files.delete(dir.resolve(OutputLock.FILE_NAME));
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere")).resolve("target");
        Files.createSymbolicLink(dir.resolve(OutputLock.FILE_NAME), elsewhere);

        assertThatThrownBy(() -> OutputLock.acquire(dir)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("is not a regular file");
        assertThat(elsewhere).doesNotExist();
    }

    @Test
    void aRunRemovesTheTemporaryFilesAKilledRunLeftForFormatsItDoesNotWrite() throws IOException {
        Path fhir = Files.createDirectories(dir.resolve("fhir"));
        Files.writeString(dir.resolve(".patients.parquet.partial"), "half a file");
        Files.writeString(fhir.resolve(".Patient.ndjson.partial"), "half a file");
        Files.writeString(dir.resolve(".vista_globals.zwr.partial"), "half a file");
        CohortSpec spec = CohortSpec.builder().patients(3).seed(1).outputDir(dir).build();

        FixtureExport.of(spec).formats(List.of(new CsvFormat())).run();

        try (var files = Files.walk(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".partial"));
        }
    }

    @Test
    void anExportIntoAFolderAnotherRunIsWritingWritesNothing() throws IOException {
        Files.writeString(dir.resolve("patients.csv"), "the other run's file\n");
        CohortSpec spec = CohortSpec.builder().patients(5).seed(1).outputDir(dir).build();

        try (OutputLock other = OutputLock.acquire(dir)) {
            assertThatThrownBy(() -> FixtureExport.of(spec).formats(List.of(new CsvFormat())).run())
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("another synth run");
        }

        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("patients.csv");
        }
        assertThat(dir.resolve("patients.csv")).hasContent("the other run's file");
    }
}
