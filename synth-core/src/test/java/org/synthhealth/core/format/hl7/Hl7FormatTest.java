package org.synthhealth.core.format.hl7;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.v251.message.ADT_A01;
import ca.uhn.hl7v2.model.v251.message.ORU_R01;
import ca.uhn.hl7v2.util.Hl7InputStreamMessageIterator;
import ca.uhn.hl7v2.validation.impl.DefaultValidation;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.format.FixtureWriter;
import org.synthhealth.core.model.Patient;

class Hl7FormatTest {

    private static final long SEED = 77L;
    private static final List<Patient> COHORT = HandBuiltPatients.cohort(SEED, 200);
    private static final CohortSpec SPEC = CohortSpec.builder().patients(COHORT.size()).seed(SEED).build();

    @TempDir
    Path dir;

    @Test
    void writesBothFilesWithCarriageReturnsOnlyAndOneAdtPerPatient() throws IOException {
        export(dir.resolve("out"));

        String adt = Files.readString(dir.resolve("out").resolve(Hl7Format.ADT_FILE), StandardCharsets.UTF_8);
        String oru = Files.readString(dir.resolve("out").resolve(Hl7Format.ORU_FILE), StandardCharsets.UTF_8);
        assertThat(adt).startsWith("MSH|").endsWith("\r").doesNotContain("\n");
        assertThat(oru).startsWith("MSH|").endsWith("\r").doesNotContain("\n");
        assertThat(adt.split("\r(?=MSH\\|)")).hasSize(COHORT.size());
        assertThat(oru.split("\r(?=MSH\\|)"))
                .hasSize(COHORT.stream().mapToInt(p -> LabDraw.of(p).size()).sum());
    }

    @Test
    void hapisStreamIteratorReadsEveryMessageBackWithValidation() throws IOException, HL7Exception {
        Path out = dir.resolve("out");
        export(out);

        List<Message> adt = readAll(out.resolve(Hl7Format.ADT_FILE));
        List<Message> oru = readAll(out.resolve(Hl7Format.ORU_FILE));

        assertThat(adt).hasSize(COHORT.size()).allMatch(ADT_A01.class::isInstance);
        assertThat(oru).hasSize(COHORT.stream().mapToInt(p -> LabDraw.of(p).size()).sum())
                .allMatch(ORU_R01.class::isInstance);
        for (int i = 0; i < COHORT.size(); i++) {
            ADT_A01 message = (ADT_A01) adt.get(i);
            assertThat(message.getPID().getPid3_PatientIdentifierList(2).getCx1_IDNumber().getValue())
                    .isEqualTo(COHORT.get(i).id());
            // The hand-built names include non-ASCII letters (José, Zoë, Müller): the UTF-8 file must keep them.
            assertThat(message.getPID().getPid5_PatientName(0).getXpn2_GivenName().getValue())
                    .isEqualTo(COHORT.get(i).demographics().firstName());
            assertThat(message.getPID().getPid5_PatientName(0).getXpn1_FamilyName().getFn1_Surname().getValue())
                    .isEqualTo(COHORT.get(i).demographics().lastName());
        }
        assertThat(COHORT).anyMatch(p -> !p.demographics().lastName().chars().allMatch(c -> c < 128));
    }

    @Test
    void sameSeedGivesIdenticalBytesFromTheEngineUnderAnotherTimeZoneAndLocale() throws IOException {
        CohortSpec spec = CohortSpec.builder().patients(120).seed(SEED).referenceDate(LocalDate.of(2026, 1, 1))
                .build();
        export(dir.resolve("a"), Cohort.generate(spec).patients());
        TimeZone zone = TimeZone.getDefault();
        Locale locale = Locale.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Chatham"));
            Locale.setDefault(Locale.forLanguageTag("ar-SA-u-nu-arab"));
            export(dir.resolve("b"), Cohort.generate(spec).patients());
        } finally {
            TimeZone.setDefault(zone);
            Locale.setDefault(locale);
        }

        for (String file : List.of(Hl7Format.ADT_FILE, Hl7Format.ORU_FILE)) {
            assertThat(Files.readAllBytes(dir.resolve("b").resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(file)));
        }
    }

    @Test
    void leavesNoFileBehindWhenTheRunDoesNotFinish() throws IOException {
        Path out = dir.resolve("out");
        try (FixtureWriter writer = new Hl7Format().open(out, SPEC, SEED)) {
            writer.write(COHORT.get(0));
        }

        try (var files = Files.list(out)) {
            assertThat(files.toList()).isEmpty();
        }
    }

    @Test
    void namesTheFilesOfTheUserGuide() {
        assertThat(new Hl7Format().fileNames(SPEC)).containsExactly("hl7_messages_adt.hl7", "hl7_messages_oru.hl7");
        assertThat(new Hl7Format().name()).isEqualTo("hl7");
    }

    private static void export(Path out) throws IOException {
        export(out, COHORT);
    }

    private static void export(Path out, List<Patient> patients) throws IOException {
        try (FixtureWriter writer = new Hl7Format().open(out, SPEC, SEED)) {
            for (Patient patient : patients) {
                writer.write(patient);
            }
            writer.finish();
            writer.commit();
        }
    }

    private static List<Message> readAll(Path file) throws IOException {
        List<Message> messages = new ArrayList<>();
        try (HapiContext context = new DefaultHapiContext(new DefaultValidation());
                Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Hl7InputStreamMessageIterator iterator = new Hl7InputStreamMessageIterator(reader, context);
            while (iterator.hasNext()) {
                messages.add(iterator.next());
            }
        }
        return messages;
    }
}
