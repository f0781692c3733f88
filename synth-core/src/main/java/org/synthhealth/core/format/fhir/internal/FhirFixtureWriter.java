package org.synthhealth.core.format.fhir.internal;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Resource;
import org.synthhealth.core.format.FixtureWriter;
import org.synthhealth.core.format.fhir.FhirBundleMapper;
import org.synthhealth.core.format.fhir.FhirFormat;
import org.synthhealth.core.model.Patient;

/**
 * Streams patients into the FHIR files: each patient is mapped and serialised once, written as a transaction bundle
 * line (and into the collection bundle), and each resource goes to its type's NDJSON file with RESTful references.
 * Only one patient's resources are in memory at a time.
 */
public final class FhirFixtureWriter implements FixtureWriter {

    private static final ThreadLocal<IParser> PARSER =
            ThreadLocal.withInitial(() -> FhirContext.forR4Cached().newJsonParser().setPrettyPrint(false));

    private final FhirBundleMapper mapper;
    private final Map<String, AtomicFile> ndjson;
    private final AtomicFile transactions;
    private final AtomicFile collection;
    private final List<AtomicFile> all = new ArrayList<>();
    private boolean firstEntry = true;

    private FhirFixtureWriter(Path outputDir, FhirBundleMapper mapper, boolean collectionBundle) throws IOException {
        this.mapper = mapper;
        this.ndjson = new LinkedHashMap<>();
        try {
            for (String type : FhirFormat.RESOURCE_TYPES) {
                ndjson.put(type, track(AtomicFile.open(outputDir.resolve(FhirFormat.ndjson(type)))));
            }
            this.transactions = track(AtomicFile.open(outputDir.resolve(FhirFormat.TRANSACTIONS)));
            this.collection = collectionBundle
                    ? track(AtomicFile.open(outputDir.resolve(FhirFormat.COLLECTION_BUNDLE))) : null;
            if (collection != null) {
                collection.writer().write("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[");
            }
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Opens the writer's temporary files under {@code outputDir}. */
    public static FhirFixtureWriter open(Path outputDir, FhirBundleMapper mapper, boolean collectionBundle)
            throws IOException {
        return new FhirFixtureWriter(outputDir, mapper, collectionBundle);
    }

    private AtomicFile track(AtomicFile file) {
        all.add(file);
        return file;
    }

    // HAPI serialises each resource once; the bundle envelopes around those strings are plain JSON, and the NDJSON
    // form differs only in its references, so serialising everything twice would halve the rate for nothing.
    @Override
    public void write(Patient patient) throws IOException {
        IParser parser = PARSER.get();
        List<Resource> resources = mapper.resources(patient);
        List<String> jsons = new ArrayList<>(resources.size());
        for (Resource resource : resources) {
            jsons.add(parser.encodeResourceToString(resource));
        }
        writeTransaction(resources, jsons);
        if (collection != null) {
            writeCollectionEntries(resources, jsons);
        }
        for (int i = 0; i < resources.size(); i++) {
            Writer out = ndjson.get(resources.get(i).fhirType()).writer();
            out.write(restful(jsons.get(i), resources));
            out.write('\n');
        }
    }

    private void writeTransaction(List<Resource> resources, List<String> jsons) throws IOException {
        Writer out = transactions.writer();
        out.write("{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":[");
        for (int i = 0; i < resources.size(); i++) {
            Resource resource = resources.get(i);
            String id = resource.getIdElement().getIdPart();
            out.write(i == 0 ? "{\"fullUrl\":\"" : ",{\"fullUrl\":\"");
            out.write(FhirBundleMapper.fullUrl(id));
            out.write("\",\"resource\":");
            out.write(jsons.get(i));
            out.write(",\"request\":{\"method\":\"PUT\",\"url\":\"");
            out.write(resource.fhirType() + "/" + id);
            out.write("\"}}");
        }
        out.write("]}\n");
    }

    private void writeCollectionEntries(List<Resource> resources, List<String> jsons) throws IOException {
        Writer out = collection.writer();
        for (int i = 0; i < resources.size(); i++) {
            out.write(firstEntry ? "\n" : ",\n");
            firstEntry = false;
            out.write("{\"fullUrl\":\"");
            out.write(FhirBundleMapper.fullUrl(resources.get(i).getIdElement().getIdPart()));
            out.write("\",\"resource\":");
            out.write(jsons.get(i));
            out.write('}');
        }
    }

    // A serialised resource with each "urn:uuid:<id>" reference to a resource of the patient as "<Type>/<id>".
    private static String restful(String json, List<Resource> resources) {
        if (!json.contains("urn:uuid:")) {
            return json;
        }
        String out = json;
        for (Resource target : resources) {
            String id = target.getIdElement().getIdPart();
            out = out.replace("\"" + FhirBundleMapper.fullUrl(id) + "\"", "\"" + target.fhirType() + "/" + id + "\"");
        }
        return out;
    }

    @Override
    public void finish() throws IOException {
        if (collection != null) {
            collection.writer().write("\n]}\n");
        }
        for (AtomicFile file : all) {
            file.commit();
        }
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (AtomicFile file : all) {
            try {
                file.close();
            } catch (IOException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
