package org.synthhealth.core.format.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.format.FixtureWriter;
import org.synthhealth.core.model.Patient;

class FhirFormatTest {

    private static final int COUNT = 40;
    private static final FhirContext FHIR = FhirContext.forR4Cached();

    @TempDir
    Path dir;

    @Test
    void ndjsonLinesParseBackAndEqualTheTransactionBundleContents() throws IOException {
        write(dir, 7);
        IParser parser = FHIR.newJsonParser();
        parser.setOverrideResourceIdWithBundleEntryFullUrl(false);
        Map<String, String> expected = new HashMap<>();
        List<String> transactions = Files.readAllLines(dir.resolve(FhirFormat.TRANSACTIONS));
        for (String line : transactions) {
            Bundle bundle = parser.parseResource(Bundle.class, line);
            Map<String, String> typeById = new HashMap<>();
            bundle.getEntry().forEach(e -> typeById.put(e.getResource().getIdElement().getIdPart(),
                    e.getResource().fhirType()));
            for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
                String json = parser.encodeResourceToString(entry.getResource());
                for (Map.Entry<String, String> target : typeById.entrySet()) {
                    json = json.replace("\"urn:uuid:" + target.getKey() + "\"",
                            "\"" + target.getValue() + "/" + target.getKey() + "\"");
                }
                expected.put(entry.getRequest().getUrl(), json);
            }
        }

        Map<String, String> actual = new HashMap<>();
        for (String type : FhirFormat.RESOURCE_TYPES) {
            for (String line : Files.readAllLines(dir.resolve(FhirFormat.ndjson(type)))) {
                Resource resource = (Resource) parser.parseResource(line);
                assertThat(resource.fhirType()).isEqualTo(type);
                assertThat(parser.encodeResourceToString(resource)).isEqualTo(line);
                actual.put(type + "/" + resource.getIdElement().getIdPart(), line);
            }
        }

        assertThat(transactions).hasSize(COUNT);
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void transactionLinesAreExactlyHapisSerialisationOfEachPatientsBundle() throws IOException {
        write(dir, 7);
        IParser parser = FHIR.newJsonParser();
        FhirBundleMapper mapper = new FhirBundleMapper();

        List<String> lines = Files.readAllLines(dir.resolve(FhirFormat.TRANSACTIONS));
        for (int i = 0; i < COUNT; i++) {
            assertThat(lines.get(i)).as("patient %d", i)
                    .isEqualTo(parser.encodeResourceToString(mapper.transaction(HandmadePatients.patient(7, i))));
        }
    }

    @Test
    void ndjsonReferencesUseTheRestfulForm() throws IOException {
        write(dir, 7);

        for (String type : FhirFormat.RESOURCE_TYPES) {
            assertThat(Files.readString(dir.resolve(FhirFormat.ndjson(type)))).doesNotContain("urn:uuid:");
        }
        assertThat(Files.readString(dir.resolve(FhirFormat.ndjson("Observation"))))
                .contains("\"subject\":{\"reference\":\"Patient/");
    }

    @Test
    void collectionBundleHoldsEveryResourceOnceAndParsesWithHapi() throws IOException {
        write(dir, 7);
        IParser parser = FHIR.newJsonParser();
        parser.setOverrideResourceIdWithBundleEntryFullUrl(false);

        Bundle collection = parser.parseResource(Bundle.class,
                Files.readString(dir.resolve(FhirFormat.COLLECTION_BUNDLE)));
        long ndjsonLines = 0;
        for (String type : FhirFormat.RESOURCE_TYPES) {
            ndjsonLines += Files.readAllLines(dir.resolve(FhirFormat.ndjson(type))).size();
        }

        assertThat(collection.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
        assertThat(collection.getEntry()).hasSize((int) ndjsonLines);
        assertThat(collection.getEntry()).allSatisfy(e -> assertThat(e.getFullUrl())
                .isEqualTo("urn:uuid:" + e.getResource().getIdElement().getIdPart()));
    }

    @Test
    void sameSeedGivesByteIdenticalFiles(@TempDir Path other) throws IOException {
        write(dir, 11);
        write(other, 11);

        for (String name : new FhirFormat().fileNames(spec(COUNT))) {
            assertThat(Files.readAllBytes(other.resolve(name))).as(name)
                    .isEqualTo(Files.readAllBytes(dir.resolve(name)));
        }
    }

    @Test
    void writesTheCollectionBundleOnlyForCohortsUpToTheLimit() {
        FhirFormat format = new FhirFormat();

        assertThat(format.fileNames(spec(FhirFormat.COLLECTION_BUNDLE_LIMIT))).contains(FhirFormat.COLLECTION_BUNDLE);
        assertThat(format.fileNames(spec(FhirFormat.COLLECTION_BUNDLE_LIMIT + 1)))
                .doesNotContain(FhirFormat.COLLECTION_BUNDLE).contains(FhirFormat.TRANSACTIONS);
    }

    @Test
    void aCohortTooLargeForTheCollectionBundleRemovesAnEarlierRunsBundle() throws IOException {
        write(dir, 7);
        assertThat(dir.resolve(FhirFormat.COLLECTION_BUNDLE)).exists();

        try (FixtureWriter writer = new FhirFormat().open(dir, spec(FhirFormat.COLLECTION_BUNDLE_LIMIT + 1), 8)) {
            writer.write(HandmadePatients.patient(8, 0));
            writer.finish();
            writer.commit();
        }

        assertThat(dir.resolve(FhirFormat.COLLECTION_BUNDLE)).doesNotExist();
        assertThat(dir.resolve(FhirFormat.TRANSACTIONS)).isNotEmptyFile();
    }

    @Test
    void aFailedLargeRunKeepsTheEarlierBundle() throws IOException {
        write(dir, 7);
        byte[] before = Files.readAllBytes(dir.resolve(FhirFormat.COLLECTION_BUNDLE));

        try (FixtureWriter writer = new FhirFormat().open(dir, spec(FhirFormat.COLLECTION_BUNDLE_LIMIT + 1), 8)) {
            writer.write(HandmadePatients.patient(8, 0));
        }

        assertThat(dir.resolve(FhirFormat.COLLECTION_BUNDLE)).hasBinaryContent(before);
    }

    @Test
    void anUnfinishedRunLeavesNoFileBehind() throws IOException {
        try (FixtureWriter writer = new FhirFormat().open(dir, spec(COUNT), 7)) {
            writer.write(HandmadePatients.patient(7, 0));
        }

        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    private static void write(Path out, long seed) throws IOException {
        List<Patient> patients = new ArrayList<>(HandmadePatients.cohort(seed, COUNT));
        try (FixtureWriter writer = new FhirFormat().open(out, spec(COUNT), seed)) {
            for (Patient patient : patients) {
                writer.write(patient);
            }
            writer.finish();
            writer.commit();
        }
        assertThat(Files.readString(out.resolve(FhirFormat.TRANSACTIONS), StandardCharsets.UTF_8)).isNotEmpty();
    }

    private static CohortSpec spec(int count) {
        return CohortSpec.builder().patients(count).seed(7).build();
    }
}
