package org.synthhealth.core.format.vista;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.format.FixtureWriter;
import org.synthhealth.core.format.vista.FileManRecords.VistaPatient;
import org.synthhealth.core.format.vista.FileManRecords.VistaVisit;
import org.synthhealth.core.format.vista.FileManRecords.VistaVital;
import org.synthhealth.core.model.Encounter;
import org.synthhealth.core.model.EncounterClass;
import org.synthhealth.core.model.Observation;
import org.synthhealth.core.model.ObservationCategory;
import org.synthhealth.core.model.Patient;

class VistaFormatTest {

    private static final long SEED = GeneratedPatients.SEED;
    private static final List<Patient> COHORT = GeneratedPatients.cohort();

    @TempDir
    static Path shared;
    private static Path exported;
    private static VistaExtract vista;

    @BeforeAll
    static void exportOnce() throws IOException {
        exported = VistaExports.write(shared, SEED, COHORT);
        vista = VistaExtract.read(exported);
    }

    @Test
    void readsBackEveryPatientsNameSexBirthDateSsnAndMrn() {
        assertThat(vista.patients()).hasSize(COHORT.size());
        for (Patient p : COHORT) {
            VistaPatient v = vista.patient(p.index() + 1).orElseThrow();
            var d = p.demographics();

            assertThat(v.name()).isEqualTo(FileManName.of(d.lastName(), d.firstName(), d.middleName()).value());
            assertThat(v.sex()).isEqualTo(d.sex().code());
            assertThat(v.birthDate().date()).contains(d.birthDate());
            assertThat(v.ssn()).isEqualTo(d.ssn());
            assertThat(v.icn()).isEqualTo(d.mrn());
            assertThat(vista.patientId(v.dfn())).contains(p.id());
            assertThat(v.maritalStatusIen()).contains(d.maritalStatus().vistaIen());
            assertThat(v.raceIens()).hasSize(1);
            assertThat(vista.raceCode(v.raceIens().get(0))).contains(d.race().cdcCode());
            assertThat(vista.ethnicityCode(v.ethnicityIens().get(0))).contains(d.ethnicity().cdcCode());
            assertThat(v.zip()).isEqualTo(d.address().postalCode());
            assertThat(v.stateIen().flatMap(s -> vista.stateAbbreviation(s)).orElse("ZZ"))
                    .isEqualTo(d.address().state());
            assertThat(v.dateOfDeath().flatMap(FileManDate::instant))
                    .isEqualTo(p.death().map(x -> x.dateTime()));
        }
    }

    @Test
    void writesOneEntryPerSourceRowAndMapsRowsBackById() {
        for (Patient p : COHORT) {
            long dfn = p.index() + 1;
            assertThat(vista.visits(dfn)).extracting(VistaVisit::visitId)
                    .containsExactlyElementsOf(p.encounters().stream().map(Encounter::id).toList());
            assertThat(vista.visits(dfn)).extracting(v -> v.start().instant().orElseThrow())
                    .containsExactlyElementsOf(p.encounters().stream().map(Encounter::start).toList());
            assertThat(vista.problems(dfn)).extracting(FileManRecords.VistaProblem::rowId)
                    .containsExactlyElementsOf(p.conditions().stream().map(c -> c.id()).toList());
            assertThat(vista.problems(dfn)).extracting(FileManRecords.VistaProblem::icdCode)
                    .containsExactlyElementsOf(p.conditions().stream().map(c -> c.icd10().code()).toList());
            assertThat(vista.prescriptions(dfn)).extracting(FileManRecords.VistaPrescription::rxnorm)
                    .containsExactlyElementsOf(p.medications().stream().map(m -> m.rxnorm().code()).toList());
            assertThat(vista.allergies(dfn)).hasSameSizeAs(p.allergies());
            assertThat(vista.immunizations(dfn)).extracting(FileManRecords.VistaImmunization::cvx)
                    .containsExactlyElementsOf(p.immunizations().stream().map(i -> i.vaccine().code()).toList());
            long inpatient = p.encounters().stream().filter(e -> e.encounterClass() == EncounterClass.INPATIENT)
                    .count();
            assertThat(vista.movements(dfn)).hasSize((int) (2 * inpatient));
            assertThat(vista.vitals(dfn)).hasSize(expectedVitals(p));
        }
    }

    @Test
    void headerNodesCountTheEntriesOfEveryFile() {
        FileManGlobals globals = vista.globals();

        for (String root : globals.roots()) {
            int count = globals.entries(root).size();
            long last = globals.entries(root).isEmpty() ? 0 : globals.entries(root).lastKey();
            String header = globals.fileHeader(root).orElseThrow();

            assertThat(FileManEntry.pieceOf(header, 4)).as(root).isEqualTo(String.valueOf(count));
            assertThat(FileManEntry.pieceOf(header, 3)).as(root).isEqualTo(String.valueOf(last));
        }
        assertThat(globals.fileHeader("DPT")).contains("PATIENT^2I^400^400");
    }

    @Test
    void writesVitalsInVistaUnitsThatConvertBackToTheObservations() {
        Map<String, Observation> byId = new TreeMap<>();
        COHORT.forEach(p -> p.observations().forEach(o -> byId.put(o.panelId().filter(x -> o.code().code()
                .equals("8480-6")).orElse(o.id()), o)));
        int checked = 0;

        for (Patient p : COHORT) {
            for (VistaVital v : vista.vitals(p.index() + 1)) {
                Observation o = byId.get(v.rowId());
                double metric = switch (v.typeIen()) {
                    case 1 -> Double.parseDouble(v.value().substring(0, v.value().indexOf('/')));
                    case 2 -> (Double.parseDouble(v.value()) - 32) * 5 / 9;
                    case 8 -> Double.parseDouble(v.value()) * 2.54;
                    case 9 -> Double.parseDouble(v.value()) / 2.20462262185;
                    default -> Double.parseDouble(v.value());
                };

                assertThat(metric).as("%s %s", v, o).isCloseTo(o.value().doubleValue(), within(0.06));
                assertThat(v.taken().instant()).contains(o.effective().truncatedTo(ChronoUnit.SECONDS));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(COHORT.size());
    }

    @Test
    void keepsEveryValueOnePieceLongAndEveryLinePrintableAscii(@TempDir Path dir) throws IOException {
        List<Patient> awkward = HandBuiltPatients.cohort(SEED, 200);
        Path file = VistaExports.write(dir, SEED, awkward);

        try (Stream<String> lines = Files.lines(file)) {
            List<String> bad = lines.filter(l -> !l.matches("[\\x20-\\x7e]+") || l.contains("$C(")).toList();
            assertThat(bad).as("lines with non-ASCII or $C()").isEmpty();
        }
        VistaExtract awkwardVista = VistaExtract.read(file);
        assertThat(awkwardVista.patients()).allSatisfy(p -> assertThat(p.name()).matches("[A-Z' -]+,[A-Z' -]+"));
        assertThat(awkward.stream().flatMap(p -> awkwardVista.allergies(p.index() + 1).stream()))
                .allSatisfy(a -> assertThat(a.reactant()).isEqualTo("ALLERGY TO PENICILLIN~G "));
    }

    @Test
    void writesTheSameBytesTwiceWhateverTheTimeZoneAndLocale(@TempDir Path dir) throws IOException {
        byte[] first = Files.readAllBytes(exported);
        TimeZone zone = TimeZone.getDefault();
        Locale locale = Locale.getDefault();
        byte[] second;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            Locale.setDefault(new Locale("tr", "TR"));
            second = Files.readAllBytes(VistaExports.write(dir.resolve("b"), SEED, COHORT));
        } finally {
            TimeZone.setDefault(zone);
            Locale.setDefault(locale);
        }

        assertThat(second).isEqualTo(first);
        assertThat(Files.readAllBytes(shared.resolve(VistaFormat.ALIAS_NAME))).isEqualTo(first);
    }

    private static int expectedVitals(Patient p) {
        Set<String> pressures = new TreeSet<>();
        int others = 0;
        for (Observation o : p.observations()) {
            if (o.category() != ObservationCategory.VITAL_SIGNS) {
                continue;
            }
            if (o.code().code().equals("8480-6")) {
                pressures.add(o.panelId().orElseThrow());
            } else if (VistaVitalNodes.typeOf(o.code().code()).isPresent()) {
                others++;
            }
        }
        return pressures.size() + others;
    }

    @Test
    void leavesNothingBehindWhenClosedWithoutFinishing(@TempDir Path dir) throws IOException {
        CohortSpec spec = CohortSpec.builder().patients(1).seed(SEED).build();
        try (FixtureWriter writer = new VistaFormat().open(dir, spec, SEED)) {
            writer.write(COHORT.get(0));
        }

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void putsTheSeedCountAndConfigurationInTheHeaderAndNoClock(@TempDir Path dir) throws IOException {
        Path file = VistaExports.write(dir, SEED, COHORT.subList(0, 1));

        ZwrHeader header = ZwrReader.header(file).orElseThrow();
        assertThat(header.field("seed")).contains(String.valueOf(SEED));
        assertThat(header.field("patients")).contains("1");
        assertThat(header.field("config")).hasValueSatisfying(config -> assertThat(config).matches("[0-9a-f]{16}"));
        assertThat(header.dateLine()).isEqualTo("01-JAN-2026  00:00:00 ZWR");
    }
}
