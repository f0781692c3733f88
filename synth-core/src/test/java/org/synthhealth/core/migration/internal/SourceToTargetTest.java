package org.synthhealth.core.migration.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthhealth.core.migration.internal.extract.SourceIndex;
import org.synthhealth.core.migration.internal.target.TargetPatient;
import org.synthhealth.core.migration.internal.target.TargetRow;
import org.synthhealth.core.migration.internal.target.TargetTable;
import org.synthhealth.core.migration.internal.transform.TransformFailure;
import org.synthhealth.core.migration.internal.transform.Transformer;

/** A hand-written ZWR file goes through extract and transform into the rows a reader of FileMan would expect. */
class SourceToTargetTest {

    private static final List<String> GLOBALS = List.of(
            "synth-health test globals",
            "01-JAN-2026  00:00:00 ZWR",
            "^DIC(10,13,0)=\"WHITE^^2106-3\"",
            "^DIC(10.2,2,0)=\"NOT HISPANIC OR LATINO^^2186-5\"",
            "^DIC(11,2,0)=\"MARRIED^M\"",
            "^DIC(5,6,0)=\"CALIFORNIA^CA^06\"",
            "^GMRD(120.51,1,0)=\"BLOOD PRESSURE^BP\"",
            "^GMRD(120.51,2,0)=\"TEMPERATURE^T\"",
            "^ICD9(1,0)=\"E11.9\"",
            "^DPT(1,0)=\"O'BRIEN-SMITH,MARY ANN^F^2800115^^2^^^^900123456\"",
            "^DPT(1,.02,1,0)=13",
            "^DPT(1,.06,1,0)=2",
            "^DPT(1,.11)=\"1 MAIN ST^^^OAKLAND^6^94601\"",
            "^DPT(1,\"MPI\")=1000000000",
            "^AUPNVSIT(4,0)=\"3240315.143^3240315.143^^^1^^A^^^^^^^^^^^3240315.15\"",
            "^AUPNPROB(9,0)=\"1^1^3100101^^^^^3100101^^^^A^3100101\"",
            "^AUPNPROB(9,800)=44054006",
            "^GMR(120.5,3,0)=\"3240315.1431^1^2^3240315.1431^^^^98.6\"",
            "^GMR(120.5,5,0)=\"3240315.1431^1^1^3240315.1431^^^^120/80\"");

    @TempDir
    Path dir;

    private TargetPatient transform(List<String> lines) throws IOException {
        Path zwr = dir.resolve("g.zwr");
        Files.write(zwr, lines);
        try (SourceIndex index = SourceIndex.read(zwr)) {
            return new Transformer(index).transform(index.query(1).orElseThrow());
        }
    }

    @Test
    void mapsFileManValuesToStandardForms() throws IOException {
        TargetPatient patient = transform(GLOBALS);

        TargetRow person = patient.person();
        assertThat(person.get("NAME_LAST")).isEqualTo("O'Brien-Smith");
        assertThat(person.get("NAME_FIRST")).isEqualTo("Mary");
        assertThat(person.get("NAME_MIDDLE")).isEqualTo("Ann");
        assertThat(person.get("BIRTH_DT")).isEqualTo(LocalDate.of(1980, 1, 15));
        assertThat(person.get("RACE_CD")).isEqualTo("2106-3");
        assertThat(person.get("ETHNIC_GRP_CD")).isEqualTo("2186-5");
        assertThat(person.get("MARITAL_TYPE_CD")).isEqualTo("M");
        assertThat(person.get("STATE_CD")).isEqualTo("CA");
        assertThat(patient.rows(TargetTable.PERSON_ALIAS)).extracting(r -> r.get("ALIAS"))
                .containsExactly("1000000000", "900123456");
        TargetRow visit = patient.rows(TargetTable.ENCOUNTER).get(0);
        assertThat(visit.get("REG_DT_TM")).isEqualTo(LocalDateTime.of(2024, 3, 15, 14, 30));
        assertThat(visit.get("DISCH_DT_TM")).isEqualTo(LocalDateTime.of(2024, 3, 15, 15, 0));
        TargetRow problem = patient.rows(TargetTable.PROBLEM).get(0);
        assertThat(problem.get("ICD10_CD")).isEqualTo("E11.9");
        assertThat(problem.get("SNOMED_CD")).isEqualTo("44054006");
        assertThat(problem.get("ONSET_DT")).isEqualTo(LocalDate.of(2010, 1, 1));
        assertThat(patient.rows(TargetTable.CLINICAL_EVENT)).extracting(r -> r.get("EVENT_CD") + " "
                + r.get("RESULT_VAL") + " " + r.get("RESULT_UNITS_CD"))
                .containsExactly("8310-5 98.6 [degF]", "85354-9 120/80 mm[Hg]");
    }

    @Test
    void anImpossibleDateIsAParseFailureNamingTheNode() {
        List<String> broken = GLOBALS.stream().map(l -> l.replace("2800115", "2840230")).toList();

        assertThatThrownBy(() -> transform(broken)).isInstanceOf(TransformFailure.class)
                .hasMessageContaining("2840230").hasMessageContaining("^DPT(1)");
    }

    @Test
    void aPointerThatResolvesNowhereIsAMapFailure() {
        List<String> broken = GLOBALS.stream().map(l -> l.equals("^DPT(1,.02,1,0)=13") ? "^DPT(1,.02,1,0)=77" : l)
                .toList();

        assertThatThrownBy(() -> transform(broken)).isInstanceOf(TransformFailure.class)
                .hasMessageContaining("DIC(10)").hasMessageContaining("77");
    }
}
