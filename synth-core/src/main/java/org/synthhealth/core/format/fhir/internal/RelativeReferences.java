package org.synthhealth.core.format.fhir.internal;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.util.FhirTerser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Rewrites bundle-internal references ({@code urn:uuid:<id>}) to the RESTful form ({@code Patient/<id>}) for
 * resources written outside a bundle, as in the Bulk Data NDJSON files.
 */
public final class RelativeReferences {

    private static final String URN = "urn:uuid:";

    private RelativeReferences() {
    }

    /** Rewrites, in place, every {@code urn:uuid} reference among these resources to one of them. */
    public static void rewrite(List<? extends Resource> resources, FhirContext context) {
        Map<String, String> typeById = new HashMap<>();
        for (Resource resource : resources) {
            typeById.put(resource.getIdElement().getIdPart(), resource.fhirType());
        }
        FhirTerser terser = context.newTerser();
        for (Resource resource : resources) {
            for (Reference reference : terser.getAllPopulatedChildElementsOfType(resource, Reference.class)) {
                String value = reference.getReference();
                if (value != null && value.startsWith(URN)) {
                    String id = value.substring(URN.length());
                    String type = typeById.get(id);
                    if (type != null) {
                        reference.setReference(type + "/" + id);
                    }
                }
            }
        }
    }
}
