package org.synthhealth.core.format.vista;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthhealth.core.model.Demographics;
import org.synthhealth.core.model.Patient;

/**
 * The real proof: the export loads into a fresh GT.M database with {@code mupip load}, and M code walking
 * {@code ^DPT("B")} reads back every patient's name, sex, date of birth and SSN.
 */
class VistaGtmLoadTest {

    private static final long SEED = GeneratedPatients.SEED;

    /** Walks the "B" cross-reference, prints the zero-node pieces, then counts entries of each clinical file. */
    private static final String ROUTINE = String.join("\n",
            "synthdpt ; print PATIENT zero-node pieces by the B cross-reference, then entry counts",
            " new name,dfn,zero,root,ien,count",
            " set name=\"\"",
            " for  set name=$order(^DPT(\"B\",name)) quit:name=\"\"  do",
            " . set dfn=\"\"",
            " . for  set dfn=$order(^DPT(\"B\",name,dfn)) quit:dfn=\"\"  do",
            " . . set zero=$get(^DPT(dfn,0))",
            " . . write \"DPT|\",dfn,\"|\",name,\"|\",$piece(zero,\"^\",1),\"|\",$piece(zero,\"^\",2),\"|\""
                    + ",$piece(zero,\"^\",3),\"|\",$piece(zero,\"^\",9),\"|\",$piece(^DPT(dfn,\"MPI\"),\"^\"),!",
            " for root=\"^DPT\",\"^AUPNVSIT\",\"^AUPNPROB\",\"^PSRX\",\"^AUPNVIMM\",\"^GMR(120.5)\",\"^GMR(120.8)\" do",
            " . set count=0,ien=0",
            " . for  set ien=$order(@root@(ien)) quit:'ien  set count=count+1",
            " . write \"COUNT|\",root,\"|\",count,\"|\",$piece(@root@(0),\"^\",4),!",
            " quit",
            "");

    @Test
    void loadsIntoGtmAndReadsBackEveryPatientThroughTheBCrossReference(@TempDir Path dir) throws Exception {
        List<Patient> cohort = new ArrayList<>(GeneratedPatients.cohort());
        cohort.addAll(HandBuiltPatients.cohort(SEED, 600).subList(cohort.size(), 600));
        Path zwr = VistaExports.write(dir.resolve("out"), SEED, cohort);
        GtmDatabase db = GtmDatabase.create(Files.createDirectories(dir.resolve("db")));

        String load = db.load(zwr);
        String output = db.runRoutine("synthdpt", ROUTINE);

        assertThat(keyCount(load)).as(load).isEqualTo(Files.readAllLines(zwr).size() - 2);
        Map<Long, String> read = new TreeMap<>();
        Map<String, String> counts = new TreeMap<>();
        for (String line : output.split("\n")) {
            String[] f = line.split("\\|", -1);
            if (f[0].equals("DPT")) {
                assertThat(f[2]).as("B subscript is the NAME").isEqualTo(f[3]);
                read.put(Long.parseLong(f[1]), String.join("|", f[3], f[4], f[5], f[6], f[7]));
            } else if (f[0].equals("COUNT")) {
                assertThat(f[2]).as("header count of %s", f[1]).isEqualTo(f[3]);
                counts.put(f[1], f[2]);
            }
        }
        Map<Long, String> expected = new TreeMap<>();
        for (Patient p : cohort) {
            Demographics d = p.demographics();
            expected.put(p.index() + 1, String.join("|", FileManName.of(d.lastName(), d.firstName(),
                    d.middleName()).value(), d.sex().code(), FileManDate.format(d.birthDate()), d.ssn(), d.mrn()));
        }
        assertThat(read).isEqualTo(expected);
        assertThat(counts).containsEntry("^DPT", "600")
                .containsEntry("^AUPNVSIT", String.valueOf(cohort.stream().mapToInt(p -> p.encounters().size()).sum()))
                .containsEntry("^AUPNPROB", String.valueOf(cohort.stream().mapToInt(p -> p.conditions().size()).sum()));
    }

    private static int keyCount(String mupipOutput) {
        Matcher m = Pattern.compile("Key Cnt: (\\d+)").matcher(mupipOutput);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }
}
