package org.synthhealth.core.format.fhir.internal;

import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StringType;
import org.synthhealth.core.model.Demographics;
import org.synthhealth.core.model.Race;
import org.synthhealth.core.model.Sex;

/** Maps the model patient's demographics to a US Core Patient. */
public final class PatientResource {

    /** The system of the medical record numbers the export writes; a reserved {@code .example} host, never called. */
    public static final String MRN_SYSTEM = "https://synthhealth.example/fhir/sid/mrn";
    /** The system of US Social Security numbers. */
    public static final String SSN_SYSTEM = "http://hl7.org/fhir/sid/us-ssn";
    /** The CDC Race and Ethnicity code system. */
    public static final String CDC_RACE_ETHNICITY = "urn:oid:2.16.840.1.113883.6.238";

    private static final String V2_0203 = "http://terminology.hl7.org/CodeSystem/v2-0203";
    private static final String MARITAL = "http://terminology.hl7.org/CodeSystem/v3-MaritalStatus";
    private static final String EXT_RACE = Profiles.usCore("us-core-race");
    private static final String EXT_ETHNICITY = Profiles.usCore("us-core-ethnicity");
    private static final String EXT_BIRTH_SEX = Profiles.usCore("us-core-birthsex");

    private final Profiles profiles;

    /** A mapper claiming the given profiles. */
    public PatientResource(Profiles profiles) {
        this.profiles = profiles;
    }

    /** The Patient resource of a model patient; deceasedDateTime is set only when the patient has died. */
    public Patient map(org.synthhealth.core.model.Patient source) {
        Demographics d = source.demographics();
        Patient patient = new Patient();
        patient.setId(source.id());
        patient.setMeta(FhirValues.profile(profiles.patient()));
        patient.addExtension(race(d.race()));
        patient.addExtension(ethnicity(d));
        patient.addExtension(new Extension(EXT_BIRTH_SEX, new CodeType(d.sex().code())));
        patient.addIdentifier(identifier("MR", "Medical record number", MRN_SYSTEM, d.mrn()));
        patient.addIdentifier(identifier("SS", "Social Security number", SSN_SYSTEM, d.ssn()));
        patient.addName(name(d));
        patient.addTelecom(new ContactPoint().setSystem(ContactPoint.ContactPointSystem.PHONE)
                .setValue(d.phone()).setUse(ContactPoint.ContactPointUse.HOME));
        patient.addTelecom(new ContactPoint().setSystem(ContactPoint.ContactPointSystem.EMAIL)
                .setValue(d.email()).setUse(ContactPoint.ContactPointUse.HOME));
        patient.setGender(d.sex() == Sex.FEMALE ? AdministrativeGender.FEMALE : AdministrativeGender.MALE);
        patient.setBirthDateElement(FhirValues.date(d.birthDate()));
        source.death().ifPresent(death -> patient.setDeceased(FhirValues.dateTime(death.dateTime())));
        patient.addAddress(address(d.address()));
        patient.setMaritalStatus(FhirValues.concept(MARITAL, d.maritalStatus().code(), d.maritalStatus().display()));
        patient.addCommunication().setLanguage(FhirValues.concept("urn:ietf:bcp:47", d.language(), null));
        return patient;
    }

    private static Identifier identifier(String typeCode, String typeDisplay, String system, String value) {
        Identifier identifier = new Identifier();
        identifier.setUse(Identifier.IdentifierUse.USUAL);
        identifier.setType(FhirValues.concept(V2_0203, typeCode, typeDisplay));
        identifier.setSystem(system);
        identifier.setValue(value);
        return identifier;
    }

    private static HumanName name(Demographics d) {
        HumanName name = new HumanName().setUse(HumanName.NameUse.OFFICIAL).setFamily(d.lastName());
        name.addGiven(d.firstName());
        d.middleName().filter(m -> !m.isBlank()).ifPresent(name::addGiven);
        return name;
    }

    private static Address address(org.synthhealth.core.model.Address source) {
        return new Address().setUse(Address.AddressUse.HOME).addLine(source.line()).setCity(source.city())
                .setState(source.state()).setPostalCode(source.postalCode()).setCountry("US");
    }

    // Only the five OMB categories may go in ombCategory; "Other Race" is a detailed CDC code.
    private static Extension race(Race race) {
        Extension extension = new Extension(EXT_RACE);
        Coding coding = new Coding(CDC_RACE_ETHNICITY, race.cdcCode(), race.cdcDisplay());
        extension.addExtension(new Extension(race == Race.OTHER ? "detailed" : "ombCategory", coding));
        extension.addExtension(new Extension("text", new StringType(race.cdcDisplay())));
        return extension;
    }

    private static Extension ethnicity(Demographics d) {
        Extension extension = new Extension(EXT_ETHNICITY);
        Coding coding = new Coding(CDC_RACE_ETHNICITY, d.ethnicity().cdcCode(), d.ethnicity().label());
        extension.addExtension(new Extension("ombCategory", coding));
        extension.addExtension(new Extension("text", new StringType(d.ethnicity().label())));
        return extension;
    }
}
