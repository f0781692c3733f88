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
 * Streams patients into the FHIR files: each patient is mapped once, written as a transaction bundle line (and into
 * the collection bundle), then its references are made relative and each resource goes to its type's NDJSON file.
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

    @Override
    public void write(Patient patient) throws IOException {
        IParser parser = PARSER.get();
        List<Resource> resources = mapper.resources(patient);
        Writer lines = transactions.writer();
        lines.write(parser.encodeResourceToString(FhirBundleMapper.transactionOf(resources)));
        lines.write('\n');
        if (collection != null) {
            writeCollectionEntries(parser, resources);
        }
        RelativeReferences.rewrite(resources, FhirContext.forR4Cached());
        for (Resource resource : resources) {
            Writer out = ndjson.get(resource.fhirType()).writer();
            out.write(parser.encodeResourceToString(resource));
            out.write('\n');
        }
    }

    private void writeCollectionEntries(IParser parser, List<Resource> resources) throws IOException {
        Writer out = collection.writer();
        for (Resource resource : resources) {
            out.write(firstEntry ? "\n" : ",\n");
            firstEntry = false;
            out.write("{\"fullUrl\":\"");
            out.write(FhirBundleMapper.fullUrl(resource.getIdElement().getIdPart()));
            out.write("\",\"resource\":");
            out.write(parser.encodeResourceToString(resource));
            out.write('}');
        }
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
