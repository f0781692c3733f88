package org.synthhealth.core.format.fhir.internal;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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

    private static final String URN_VALUE = "\"urn:uuid:";
    private static final ThreadLocal<IParser> PARSER =
            ThreadLocal.withInitial(() -> FhirContext.forR4Cached().newJsonParser().setPrettyPrint(false));

    private final FhirBundleMapper mapper;
    private final Map<String, AtomicFile> ndjson;
    private final AtomicFile transactions;
    private final AtomicFile collection;
    private final List<AtomicFile> all = new ArrayList<>();
    private final Path staleCollection;
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
            this.staleCollection = collectionBundle ? null : outputDir.resolve(FhirFormat.COLLECTION_BUNDLE);
            if (collection != null) {
                collection.writer().write("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[");
            }
        } catch (IOException | RuntimeException | Error e) {
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
        Map<String, String> typeById = new HashMap<>();
        for (Resource resource : resources) {
            typeById.put(resource.getIdElement().getIdPart(), resource.fhirType());
        }
        for (int i = 0; i < resources.size(); i++) {
            Writer out = ndjson.get(resources.get(i).fhirType()).writer();
            out.write(restful(jsons.get(i), typeById));
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
    private static String restful(String json, Map<String, String> typeById) {
        int at = json.indexOf(URN_VALUE);
        if (at < 0) {
            return json;
        }
        StringBuilder out = new StringBuilder(json.length());
        int copied = 0;
        while (at >= 0) {
            int idStart = at + URN_VALUE.length();
            int idEnd = json.indexOf('"', idStart);
            String type = typeById.get(json.substring(idStart, idEnd));
            if (type != null) {
                out.append(json, copied, at + 1).append(type).append('/').append(json, idStart, idEnd);
                copied = idEnd;
            }
            at = json.indexOf(URN_VALUE, idEnd);
        }
        return out.append(json, copied, json.length()).toString();
    }

    @Override
    public void finish() throws IOException {
        if (collection != null) {
            collection.writer().write("\n]}\n");
        }
        for (AtomicFile file : all) {
            file.finish();
        }
    }

    @Override
    public void commit() throws IOException {
        for (AtomicFile file : all) {
            file.commit();
        }
        if (staleCollection != null) {
            // An earlier, smaller run's bundle would sit beside this cohort's files looking complete.
            Files.deleteIfExists(staleCollection);
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
