package org.synthhealth.core.format.fhir.internal;

import java.util.Locale;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.AllergyIntolerance.AllergyIntoleranceCategory;
import org.hl7.fhir.r4.model.AllergyIntolerance.AllergyIntoleranceSeverity;
import org.synthhealth.core.model.AllergyCategory;

/** Maps an allergy to a US Core AllergyIntolerance. */
public final class AllergyResource {

    private static final String CLINICAL = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical";
    private static final String VERIFICATION = "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification";

    private AllergyResource() {
    }

    /** The AllergyIntolerance of one allergy: active and confirmed, with its reaction and severity. */
    public static AllergyIntolerance map(org.synthhealth.core.model.Allergy source, MappingContext context) {
        AllergyIntolerance allergy = new AllergyIntolerance();
        allergy.setId(source.id());
        allergy.setMeta(FhirValues.profile(context.profiles().allergyIntolerance()));
        allergy.setClinicalStatus(FhirValues.concept(CLINICAL, "active", "Active"));
        allergy.setVerificationStatus(FhirValues.concept(VERIFICATION, "confirmed", "Confirmed"));
        allergy.addCategory(category(source.category()));
        allergy.setCode(FhirValues.concept(source.substance()));
        allergy.setPatient(context.subject());
        context.encounter(source.encounterId()).ifPresent(allergy::setEncounter);
        if (source.onsetDate() != null) {
            allergy.setOnset(FhirValues.dateTime(source.onsetDate()));
        }
        AllergyIntolerance.AllergyIntoleranceReactionComponent reaction = allergy.addReaction();
        reaction.addManifestation(FhirValues.concept(source.reaction()));
        severity(source.severity()).ifPresent(reaction::setSeverity);
        return allergy;
    }

    private static AllergyIntoleranceCategory category(AllergyCategory category) {
        return switch (category) {
            case FOOD -> AllergyIntoleranceCategory.FOOD;
            case MEDICATION -> AllergyIntoleranceCategory.MEDICATION;
            case ENVIRONMENT -> AllergyIntoleranceCategory.ENVIRONMENT;
        };
    }

    private static java.util.Optional<AllergyIntoleranceSeverity> severity(String severity) {
        if (severity == null) {
            return java.util.Optional.empty();
        }
        return switch (severity.toLowerCase(Locale.ROOT)) {
            case "mild" -> java.util.Optional.of(AllergyIntoleranceSeverity.MILD);
            case "moderate" -> java.util.Optional.of(AllergyIntoleranceSeverity.MODERATE);
            case "severe" -> java.util.Optional.of(AllergyIntoleranceSeverity.SEVERE);
            default -> java.util.Optional.empty();
        };
    }
}
