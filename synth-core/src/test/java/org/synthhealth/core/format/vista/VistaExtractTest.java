package org.synthhealth.core.format.vista;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthhealth.core.InvalidInputException;

class VistaExtractTest {

    @Test
    void groupsNodesIntoEntriesByFileRootAndSkipsCrossReferences(@TempDir Path dir) throws IOException {
        Path file = write(dir, "^DPT(0)=\"PATIENT^2I^7^1\"", "^DPT(7,0)=\"DOE,JOHN^M^2800115\"",
                "^DPT(7,.11)=\"1 MAIN ST^^^BOSTON^25^02101\"", "^DPT(\"B\",\"DOE,JOHN\",7)=\"\"",
                "^GMR(120.8,3,0)=\"7^PEANUT^^3240101\"", "^GMR(120.8,\"B\",7,3)=\"\"");

        FileManGlobals globals = FileManGlobals.read(file);

        assertThat(globals.roots()).containsExactly("DPT", "GMR(120.8");
        assertThat(globals.fileHeader("DPT")).contains("PATIENT^2I^7^1");
        assertThat(globals.entries("DPT")).containsOnlyKeys(7L);
        assertThat(globals.entry("DPT", 7).orElseThrow().piece(".11", 4)).isEqualTo("BOSTON");
        assertThat(globals.entry("GMR(120.8", 3).orElseThrow().piece(0, 2)).isEqualTo("PEANUT");
    }

    @Test
    void readsAPatientWrittenByHandWithoutSeed(@TempDir Path dir) throws IOException {
        Path file = write(dir, "^DPT(7,0)=\"DOE,JOHN Q^M^2800115^^2^^^^900000001\"", "^DPT(7,.02,1,0)=13",
                "^DPT(7,.35)=3240101.1", "^DPT(7,\"MPI\")=\"1000000006\"");

        VistaExtract vista = VistaExtract.read(file);

        var patient = vista.patient(7).orElseThrow();
        assertThat(patient.parsedName().given()).isEqualTo("JOHN");
        assertThat(patient.birthDate().date()).hasValueSatisfying(d -> assertThat(d).hasToString("1980-01-15"));
        assertThat(patient.raceIens()).containsExactly(13);
        assertThat(patient.dateOfDeath()).map(FileManDate::internal).contains("3240101.1");
        assertThat(vista.patientId(7)).isEmpty();
    }

    @Test
    void namesTheNodeOfAnEntryThatBreaksTheLayout(@TempDir Path dir) throws IOException {
        Path file = write(dir, "^DPT(1,0)=\"DOE,JOHN^M^2840230^^^^^^900000001\"");

        assertThatThrownBy(() -> VistaExtract.read(file)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("^DPT(1)").hasMessageContaining("2840230");
    }

    private static Path write(Path dir, String... lines) throws IOException {
        Path file = dir.resolve("globals.zwr");
        Files.writeString(file, "test\n01-JAN-2026  00:00:00 ZWR\n" + String.join("\n", lines) + "\n",
                StandardCharsets.US_ASCII);
        return file;
    }
}
