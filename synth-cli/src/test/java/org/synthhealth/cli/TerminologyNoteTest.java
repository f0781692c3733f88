package org.synthhealth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Code systems the product never writes are refused when nothing else is listed, and otherwise named in a note. */
class TerminologyNoteTest {

    @TempDir
    Path dir;

    @Test
    void refusesAProcedureListOfOnlyCptInOneLineWritingNothing() throws Exception {
        Path config = Files.writeString(dir.resolve("config.yaml"),
                "terminology_systems: {procedures: [cpt], conditions: [icd9]}\n");
        Path out = dir.resolve("out");

        CommandRun run = CommandRun.of("--config", config.toString(), "--num-records", "2", "--output-dir",
                out.toString());

        assertThat(run.exitCode()).as("exit status; stderr: %s", run.err()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("synth: " + config + ":1: terminology_systems.procedures[0]: cpt is not "
                + "supported: CPT is licensed by the AMA and is not shipped; procedures are coded in snomed, so use "
                + "any of snomed" + System.lineSeparator());
        assertThat(out).doesNotExist();
    }

    @Test
    void notesTheUserGuidesCptNdcAndIcd9ThatAreNotWritten() throws Exception {
        Path config = Files.writeString(dir.resolve("config.yaml"), """
                terminology_systems:
                  conditions: ["icd10", "snomed", "icd9"]
                  medications: ["rxnorm", "ndc"]
                  procedures: ["cpt", "snomed"]
                """);

        CommandRun run = CommandRun.of("--config", config.toString(), "--num-records", "2", "--csv", "--seed", "1",
                "--output-dir", dir.resolve("out").toString());

        assertThat(run.exitCode()).as("exit status; stderr: %s", run.err()).isZero();
        assertThat(run.err().lines()).containsExactly(
                "synth: note: terminology_systems.conditions lists icd9, which is not written: ICD-9-CM is retired "
                        + "(replaced by ICD-10-CM in 2015) and is never written",
                "synth: note: terminology_systems.medications lists ndc, which is not written: no NDC code is "
                        + "verified for the drugs written, so the ndc_code column stays empty",
                "synth: note: terminology_systems.procedures lists cpt, which is not written: CPT is licensed by the "
                        + "AMA and is not shipped");
    }
}
