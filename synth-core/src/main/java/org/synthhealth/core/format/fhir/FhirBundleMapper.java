package org.synthhealth.core.format.fhir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.synthhealth.core.format.fhir.internal.AllergyResource;
import org.synthhealth.core.format.fhir.internal.ConditionResource;
import org.synthhealth.core.format.fhir.internal.DeathResources;
import org.synthhealth.core.format.fhir.internal.EncounterResource;
import org.synthhealth.core.format.fhir.internal.ImmunizationResource;
import org.synthhealth.core.format.fhir.internal.MappingContext;
import org.synthhealth.core.format.fhir.internal.MedicationRequestResource;
import org.synthhealth.core.format.fhir.internal.ObservationResources;
import org.synthhealth.core.format.fhir.internal.PatientResource;
import org.synthhealth.core.format.fhir.internal.ProcedureResource;
import org.synthhealth.core.format.fhir.internal.Profiles;
import org.synthhealth.core.model.Encounter;
import org.synthhealth.core.model.Medication;
import org.synthhealth.core.model.Patient;

/**
 * Turns a model {@link Patient} into FHIR R4 resources claiming US Core profiles, and into a transaction
 * {@link Bundle} a FHIR server accepts as is.
 *
 * <p>Every resource keeps the model's id ({@code Patient.id} is the CSV {@code patient_id}); its bundle entry has
 * {@code fullUrl} {@code urn:uuid:<id>} and request {@code PUT <type>/<id>}, so posting the same bundle twice
 * updates rather than duplicates. References inside a bundle use the {@code urn:uuid} form and always point to an
 * entry of the same bundle. The output depends only on the patient: no timestamps, no random ids.
 *
 * <p>Instances are immutable and thread-safe; the returned resources are new, mutable HAPI objects.
 */
public final class FhirBundleMapper {

    private final Profiles profiles;

    /** A mapper claiming US Core 6.1.0 profiles. */
    public FhirBundleMapper() {
        this(UsCoreVersion.V6_1_0);
    }

    /** A mapper claiming the profiles of the given US Core release. */
    public FhirBundleMapper(UsCoreVersion version) {
        this.profiles = new Profiles(version);
    }

    /** The US Core release whose profiles are claimed. */
    public UsCoreVersion version() {
        return profiles.version();
    }

    /** The bundle entry URL of a resource id: {@code urn:uuid:<id>}. */
    public static String fullUrl(String id) {
        return "urn:uuid:" + id;
    }

    /**
     * The resources of one patient, Patient first, then encounters, conditions, medication requests, allergies,
     * procedures, immunizations, observations and the cause of death; references use the {@code urn:uuid} form.
     */
    public List<Resource> resources(Patient patient) {
        MappingContext context = MappingContext.of(profiles, patient);
        List<Resource> out = new ArrayList<>();
        out.add(new PatientResource(profiles).map(patient));
        Optional<Encounter> birthStay = patient.birthStay();
        for (Encounter encounter : patient.encounters()) {
            out.add(EncounterResource.map(encounter, birthStay.filter(encounter::equals).isPresent(), context));
        }
        patient.conditions().forEach(c -> out.add(ConditionResource.map(c, context)));
        Map<String, String> providers = new HashMap<>();
        patient.encounters().forEach(e -> providers.put(e.id(), e.provider()));
        for (Medication medication : patient.medications()) {
            Optional<String> prescriber = Optional.ofNullable(providers.get(medication.encounterId()))
                    .filter(p -> !p.isBlank());
            out.add(MedicationRequestResource.map(medication, context, prescriber));
        }
        patient.allergies().forEach(a -> out.add(AllergyResource.map(a, context)));
        patient.procedures().forEach(p -> out.add(ProcedureResource.map(p, context)));
        patient.immunizations().forEach(i -> out.add(ImmunizationResource.map(i, context)));
        out.addAll(ObservationResources.map(patient.observations(), context));
        patient.death().ifPresent(d -> out.add(DeathResources.causeOfDeath(d, patient, context)));
        return out;
    }

    /** The transaction bundle of one patient: one {@code PUT} entry per resource of {@link #resources(Patient)}. */
    public Bundle transaction(Patient patient) {
        return transactionOf(resources(patient));
    }

    /** The transaction bundles of a cohort's patients, one per patient, in the order given. */
    public List<Bundle> transactions(List<Patient> patients) {
        List<Bundle> bundles = new ArrayList<>(patients.size());
        for (Patient patient : patients) {
            bundles.add(transaction(patient));
        }
        return bundles;
    }

    /** A transaction bundle of resources already mapped by {@link #resources(Patient)}, in the order given. */
    public static Bundle transactionOf(List<Resource> resources) {
        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.TRANSACTION);
        for (Resource resource : resources) {
            String id = resource.getIdElement().getIdPart();
            bundle.addEntry()
                    .setFullUrl(fullUrl(id))
                    .setResource(resource)
                    .getRequest()
                    .setMethod(Bundle.HTTPVerb.PUT)
                    .setUrl(resource.fhirType() + "/" + id);
        }
        return bundle;
    }
}
