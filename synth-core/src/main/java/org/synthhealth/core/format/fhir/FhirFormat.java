package org.synthhealth.core.format.fhir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.format.FixtureFormat;
import org.synthhealth.core.format.FixtureWriter;
import org.synthhealth.core.format.fhir.internal.FhirFixtureWriter;

/**
 * The FHIR R4 export: FHIR Bulk Data NDJSON (one file per resource type), one transaction bundle per patient, and
 * for small cohorts the user guide's single collection bundle.
 *
 * <p>Files, relative to the output directory:
 * <ul>
 *   <li>{@code fhir/<Type>.ndjson} for Patient, Encounter, Condition, MedicationRequest, AllergyIntolerance,
 *       Procedure, Immunization and Observation: one resource per line, references in the RESTful form
 *       {@code Patient/<id>}, as the Bulk Data specification writes them;</li>
 *   <li>{@code fhir/transactions.ndjson}: one transaction bundle per line, one line per patient, in index order, ready
 *       to {@code POST} to a FHIR server's base URL (entries use {@code PUT <type>/<id>}, so posting again is
 *       harmless);</li>
 *   <li>{@code fhir_bundle.json}: one collection bundle with every resource, only when the cohort has at most
 *       {@value #COLLECTION_BUNDLE_LIMIT} patients (a single JSON document cannot be streamed by most readers).</li>
 * </ul>
 * The bytes depend only on the patients and the US Core release: no timestamps, no random ids.
 */
public final class FhirFormat implements FixtureFormat {

    /** The largest cohort that also gets the single {@code fhir_bundle.json}. */
    public static final int COLLECTION_BUNDLE_LIMIT = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(FhirFormat.class);

    /** The resource types written to NDJSON, in the order the files are listed. */
    public static final List<String> RESOURCE_TYPES = List.of("Patient", "Encounter", "Condition",
            "MedicationRequest", "AllergyIntolerance", "Procedure", "Immunization", "Observation");

    /** The per-patient transaction bundles, relative to the output directory. */
    public static final String TRANSACTIONS = "fhir/transactions.ndjson";

    /** The collection bundle of small cohorts, relative to the output directory. */
    public static final String COLLECTION_BUNDLE = "fhir_bundle.json";

    private final UsCoreVersion version;

    /** The export claiming US Core 6.1.0 profiles. */
    public FhirFormat() {
        this(UsCoreVersion.V6_1_0);
    }

    /** The export claiming the profiles of the given US Core release. */
    public FhirFormat(UsCoreVersion version) {
        this.version = version;
    }

    @Override
    public String name() {
        return "fhir";
    }

    @Override
    public List<String> fileNames(CohortSpec spec) {
        List<String> names = new ArrayList<>();
        for (String type : RESOURCE_TYPES) {
            names.add(ndjson(type));
        }
        names.add(TRANSACTIONS);
        if (spec.numRecords() <= COLLECTION_BUNDLE_LIMIT) {
            names.add(COLLECTION_BUNDLE);
        }
        return names;
    }

    @Override
    public FixtureWriter open(Path outputDir, CohortSpec spec, long seed) throws IOException {
        if (spec.numRecords() > COLLECTION_BUNDLE_LIMIT) {
            LOG.info("{} is written only for cohorts of up to {} patients; this cohort is in fhir/*.ndjson (a {} "
                    + "left by an earlier run is removed when this one completes)", COLLECTION_BUNDLE,
                    COLLECTION_BUNDLE_LIMIT, COLLECTION_BUNDLE);
        }
        return FhirFixtureWriter.open(outputDir, new FhirBundleMapper(version),
                spec.numRecords() <= COLLECTION_BUNDLE_LIMIT);
    }

    /** The NDJSON file of a resource type, relative to the output directory: {@code fhir/<Type>.ndjson}. */
    public static String ndjson(String resourceType) {
        return "fhir/" + resourceType + ".ndjson";
    }
}
