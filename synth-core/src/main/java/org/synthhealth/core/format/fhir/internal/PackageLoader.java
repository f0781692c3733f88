package org.synthhealth.core.format.fhir.internal;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.synthhealth.core.InvalidInputException;

/**
 * Fills a {@link PrePopulatedValidationSupport} with the conformance resources of FHIR package folders, reading only
 * the StructureDefinitions, ValueSets and CodeSystems listed in each folder's {@code .index.json}.
 */
public final class PackageLoader {

    private static final Set<String> TYPES = Set.of("StructureDefinition", "ValueSet", "CodeSystem");

    private PackageLoader() {
    }

    /** A support holding the conformance resources of these package folders. */
    public static PrePopulatedValidationSupport load(FhirContext context, List<Path> packageFolders) {
        PrePopulatedValidationSupport support = new PrePopulatedValidationSupport(context);
        IParser parser = context.newJsonParser();
        ObjectMapper json = new ObjectMapper();
        for (Path folder : packageFolders) {
            Path index = folder.resolve(".index.json");
            try {
                for (Path file : conformanceFiles(json, folder, index)) {
                    support.addResource(parse(parser, file));
                }
            } catch (IOException e) {
                throw new InvalidInputException("FHIR package " + folder + ": cannot read " + index.getFileName()
                        + " (" + e.getMessage() + "); reinstall the package", e);
            }
        }
        return support;
    }

    // A package unpacked by hand may lack its index; its file names then tell the resource type.
    private static List<Path> conformanceFiles(ObjectMapper json, Path folder, Path index) throws IOException {
        List<Path> out = new ArrayList<>();
        if (Files.isRegularFile(index)) {
            for (JsonNode file : json.readTree(index.toFile()).path("files")) {
                if (TYPES.contains(file.path("resourceType").asText())) {
                    out.add(folder.resolve(file.path("filename").asText()));
                }
            }
            return out;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> TYPES.stream().anyMatch(t -> f.getFileName().toString().startsWith(t + "-")))
                    .filter(f -> f.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .forEach(out::add);
        }
        return out;
    }

    private static IBaseResource parse(IParser parser, Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parser.parseResource(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
