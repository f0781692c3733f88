package org.synthhealth.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthhealth.core.format.PublishGate;
import org.synthhealth.core.model.Ids;
import org.synthhealth.core.report.DistributionComparison;
import org.synthhealth.core.report.GenerationReport;

class FixtureExportTest {

    @TempDir
    Path dir;

    private CohortSpecBuilder spec(int patients, int workers) {
        return CohortSpec.builder().patients(patients).seed(7).concurrentWorkers(workers).outputDir(dir.resolve("out"));
    }

    private List<Path> filesUnder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    @Test
    void writesEveryPatientToEveryFormatInIndexOrder() throws IOException {
        FixtureExport export = FixtureExport.of(spec(300, 2).build()).formats(List.of(TestFormats.staging()));

        GenerationReport report = export.run();

        List<String> ids = Files.readAllLines(dir.resolve("out/ids.txt"));
        assertThat(ids).hasSize(300);
        for (int i = 0; i < ids.size(); i++) {
            assertThat(ids.get(i)).as("line %d", i).isEqualTo(Ids.patient(7, i));
        }
        assertThat(report.patients()).isEqualTo(300);
        assertThat(report.tableCounts()).containsEntry("patients", 300L);
        assertThat(report.files()).containsExactly("ids.txt");
        assertThat(filesUnder(dir)).containsExactly(Path.of("out/ids.txt"));
    }

    @Test
    void aWriterFailingMidRunLeavesNoFileAndNoReport() {
        CohortSpec spec = spec(50, 1).reportFile(dir.resolve("report.txt")).build();
        FixtureExport export = FixtureExport.of(spec)
                .formats(List.of(TestFormats.staging(), TestFormats.failingAt(20)));

        assertThatThrownBy(export::run).isInstanceOf(IOException.class).hasMessageContaining("patient 20");

        assertThat(dir.resolve("out")).as("the folder the run created").doesNotExist();
        assertThat(dir.resolve("report.txt")).doesNotExist();
    }

    @Test
    void aFailedRunRemovesTheEmptyOutputFoldersItCreatedAndKeepsTheOnesThatWereThere() throws IOException {
        Files.createDirectories(dir.resolve("kept"));
        FixtureExport export = FixtureExport.of(CohortSpec.builder().patients(30).seed(1).concurrentWorkers(1)
                .outputDir(dir.resolve("kept/new/deeper")).build())
                .formats(List.of(TestFormats.staging(), TestFormats.failingAt(10)));

        assertThatThrownBy(export::run).isInstanceOf(IOException.class).hasMessageContaining("patient 10");

        assertThat(dir.resolve("kept")).isEmptyDirectory();
    }

    @Test
    void aFailedRunRemovesTheEmptyFormatFoldersItCreatedAndKeepsOlderOnes() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.createDirectories(out.resolve("kept"));
        FixtureExport export = FixtureExport.of(spec(40, 1).build()).formats(List.of(
                new org.synthhealth.core.format.fhir.FhirFormat(), TestFormats.failingAt(20)));

        assertThatThrownBy(export::run).isInstanceOf(IOException.class).hasMessageContaining("patient 20");

        assertThat(out.resolve("fhir")).doesNotExist();
        assertThat(out.resolve("kept")).isEmptyDirectory();
    }

    @Test
    void aRunStoppedBeforePublishingPublishesNothing() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("patients.csv"), "an earlier run's table\n");
        PublishGate stopped = new PublishGate();
        stopped.stop(java.time.Duration.ZERO);
        FixtureExport export = FixtureExport.of(spec(30, 1).reportFile(Path.of("report.txt")).build())
                .publishGate(stopped)
                .formats(List.of(new org.synthhealth.core.format.csv.CsvFormat(), TestFormats.staging()));

        assertThatThrownBy(export::run).isInstanceOf(IOException.class).hasMessageContaining("stopped before");

        assertThat(filesUnder(out)).containsExactly(Path.of("patients.csv"));
        assertThat(out.resolve("patients.csv")).hasContent("an earlier run's table");
    }

    /** A rename failing part-way through publishing puts back every file the run had already replaced. */
    @Test
    void aFileThatCannotBeReplacedLeavesEveryEarlierFileAsItWas() throws IOException {
        Path out = dir.resolve("out");
        FixtureExport.of(spec(20, 1).reportFile(Path.of("report.txt")).build()).publishGate(new PublishGate())
                .formats(List.of(new org.synthhealth.core.format.csv.CsvFormat())).run();
        Map<Path, byte[]> before = contents(out);
        Files.delete(out.resolve("deaths.csv"));
        before.remove(Path.of("deaths.csv"));
        CohortSpec other = CohortSpec.builder().patients(30).seed(8).outputDir(out).reportFile(Path.of("report.txt"))
                .build();
        FixtureExport export = FixtureExport.of(other).publishGate(new PublishGate()).formats(List.of(
                new org.synthhealth.core.format.csv.CsvFormat(), new org.synthhealth.core.format.fhir.FhirFormat(),
                TestFormats.failingAtCommit()));

        assertThatThrownBy(export::run).isInstanceOf(java.nio.file.AccessDeniedException.class);

        assertThat(contents(out)).containsOnlyKeys(before.keySet());
        for (Map.Entry<Path, byte[]> file : before.entrySet()) {
            assertThat(contents(out).get(file.getKey())).as("%s", file.getKey()).isEqualTo(file.getValue());
        }
        assertThat(out.resolve("fhir")).doesNotExist();
    }

    @Test
    void aFolderStandingWhereAFileGoesLeavesEveryEarlierFileAsItWas() throws IOException {
        Path out = dir.resolve("out");
        FixtureExport.of(spec(20, 1).build()).publishGate(new PublishGate())
                .formats(List.of(new org.synthhealth.core.format.csv.CsvFormat())).run();
        Files.delete(out.resolve("procedures.csv"));
        Files.writeString(Files.createDirectories(out.resolve("procedures.csv")).resolve("mine.txt"), "keep");
        Map<Path, byte[]> before = contents(out);
        FixtureExport export = FixtureExport.of(CohortSpec.builder().patients(30).seed(8).outputDir(out).build())
                .publishGate(new PublishGate()).formats(List.of(new org.synthhealth.core.format.csv.CsvFormat()));

        assertThatThrownBy(export::run).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("procedures.csv is a folder where synth writes a file");

        assertThat(contents(out)).containsOnlyKeys(before.keySet());
        for (Map.Entry<Path, byte[]> file : before.entrySet()) {
            assertThat(contents(out).get(file.getKey())).as("%s", file.getKey()).isEqualTo(file.getValue());
        }
    }

    private Map<Path, byte[]> contents(Path root) throws IOException {
        Map<Path, byte[]> contents = new java.util.TreeMap<>();
        for (Path file : filesUnder(root)) {
            contents.put(file, Files.readAllBytes(root.resolve(file)));
        }
        return contents;
    }

    /** The command writes its migration and HTML report after the tables; no other run may come in between. */
    @Test
    void aLockedRunKeepsTheFolderUntilItsCallerIsDone() throws IOException {
        Path out = dir.resolve("out");
        try (FixtureExport.Locked locked = FixtureExport.of(spec(5, 1).build()).formats(List.of(TestFormats.staging()))
                .runLocked()) {
            assertThat(locked.report().patients()).isEqualTo(5);
            assertThat(org.synthhealth.core.format.OutputLock.heldHere(out)).isTrue();
            assertThatThrownBy(() -> FixtureExport.of(spec(5, 1).build()).formats(List.of(TestFormats.staging()))
                    .run()).isInstanceOf(InvalidInputException.class).hasMessageContaining("another synth run");
        }
        assertThat(org.synthhealth.core.format.OutputLock.heldHere(out)).isFalse();
        assertThat(FixtureExport.of(spec(5, 1).build()).formats(List.of(TestFormats.staging())).run().patients())
                .isEqualTo(5);
    }

    @Test
    void aReportNamedLikeAFileMovedAsideIsRefused() {
        FixtureExport export = FixtureExport.of(spec(5, 1).reportFile(Path.of(".patients.csv.previous")).build())
                .formats(List.of(TestFormats.staging()));

        assertThatThrownBy(export::run).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("is named like the temporary files");
    }

    @Test
    void aFormatFailingAtTheEndPublishesNoFileOfAnyFormat() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("patients.csv"), "an earlier run's table\n");
        FixtureExport export = FixtureExport.of(spec(30, 1).build())
                .formats(List.of(new org.synthhealth.core.format.csv.CsvFormat(), TestFormats.staging(),
                        TestFormats.failingAtFinish()));

        assertThatThrownBy(export::run).isInstanceOf(IOException.class).hasMessageContaining("last flush");

        // The CSV tables and ids.txt were complete, but none moves into place when another format fails.
        assertThat(filesUnder(out)).containsExactly(Path.of("patients.csv"));
        assertThat(out.resolve("patients.csv")).hasContent("an earlier run's table");
    }

    @Test
    void aFormatFailingToOpenClosesTheWritersAlreadyOpen() {
        FixtureExport export = FixtureExport.of(spec(5, 1).build())
                .formats(List.of(TestFormats.staging(), TestFormats.failingOpen()));

        assertThatThrownBy(export::run).isInstanceOf(IOException.class).hasMessage("disk on fire");

        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void theReportIsTheSameWhateverTheNumberOfWorkers() throws IOException {
        GenerationReport one = FixtureExport.of(spec(700, 1).build()).formats(List.of()).run();
        GenerationReport three = FixtureExport.of(spec(700, 3).build()).formats(List.of()).run();

        assertThat(three.deterministicText()).isEqualTo(one.deterministicText());
    }

    @Test
    void writesTheFullReportToTheReportFile() throws IOException {
        Path file = dir.resolve("reports/generation.txt");

        GenerationReport report = FixtureExport.of(spec(20, 1).reportFile(file).build()).formats(List.of()).run();

        assertThat(file).hasContent(report.toText().stripTrailing());
        assertThat(filesUnder(dir.resolve("reports"))).containsExactly(Path.of("generation.txt"));
    }

    @Test
    void realisedGenderSharesFollowTheConfiguredOnesOverManyPatients() throws IOException {
        GenerationReport report = FixtureExport.of(spec(1000, 2).build()).formats(List.of()).run();

        DistributionComparison gender = report.distributions().stream()
                .filter(d -> d.name().equals("gender_dist")).findFirst().orElseThrow();
        for (int i = 0; i < gender.categories().size(); i++) {
            assertThat(gender.realised().get(i)).as(gender.categories().get(i))
                    .isCloseTo(gender.configured().get(i), org.assertj.core.data.Offset.offset(0.05));
        }
        assertThat(report.ageBands()).startsWith("0-18");
        assertThat(report.conditionPrevalence()).isNotEmpty();
    }

    @Test
    void refusesAnInvalidSpecBeforeWritingAnything() {
        FixtureExport export = FixtureExport.of(spec(5, 1).outputFormat(TableFormat.NONE).build())
                .formats(List.of(TestFormats.staging()));

        assertThatThrownBy(export::run).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("output_format: is none and no formats are listed");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void anOutputFolderNameTooLongForTheFileSystemGetsAShorterNameAsTheFix() {
        Path tooLong = dir.resolve("d".repeat(300));
        FixtureExport export = FixtureExport.of(spec(2, 1).outputDir(tooLong).build())
                .formats(List.of(TestFormats.staging()));

        assertThatThrownBy(export::run).isInstanceOf(InvalidInputException.class).hasMessage("output_dir "
                + "(--output-dir): cannot create " + tooLong + ": a name in it is longer than the file system allows "
                + "(255 bytes); choose a shorter one");
    }

    /** Java gives {@code /proc/x}'s failure no reason; the message must not say "(null)". */
    @Test
    void aFolderThatCannotBeCreatedIsExplainedWithoutNull() {
        assertThat(FixtureExport.creationFailure(new NoSuchFileException("/proc/x")))
                .isEqualTo("the folder cannot be created there");
        assertThat(FixtureExport.creationFailure(new AccessDeniedException("/root/x"))).isEqualTo("permission denied");
        assertThat(FixtureExport.creationFailure(new FileSystemException("/x")))
                .isEqualTo("the folder cannot be created there: FileSystemException");
        assertThat(FixtureExport.creationFailure(new FileSystemException("/x", null, "Read-only file system")))
                .isEqualTo("Read-only file system");
    }
}
