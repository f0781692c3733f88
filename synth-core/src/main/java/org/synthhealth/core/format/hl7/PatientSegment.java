package org.synthhealth.core.format.hl7;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.v251.datatype.CE;
import ca.uhn.hl7v2.model.v251.datatype.CX;
import ca.uhn.hl7v2.model.v251.datatype.XAD;
import ca.uhn.hl7v2.model.v251.datatype.XPN;
import ca.uhn.hl7v2.model.v251.datatype.XTN;
import ca.uhn.hl7v2.model.v251.segment.PID;
import java.util.Optional;
import org.synthhealth.core.model.Code;
import org.synthhealth.core.model.Death;
import org.synthhealth.core.model.Demographics;
import org.synthhealth.core.model.MaritalStatus;
import org.synthhealth.core.model.Patient;

/**
 * Fills a PID segment from a patient; shared by ADT and ORU messages so both identify the patient alike.
 *
 * <p>PID-29 and PID-30 {@code Y} appear only when the death had happened by the message's event time; before it the
 * patient is alive and PID-30 is {@code N} (table 0136), as for a patient who never dies.
 */
final class PatientSegment {

    private PatientSegment() {
    }

    static void fill(PID pid, RecordAsOf record) throws HL7Exception {
        Patient patient = record.patient();
        Demographics d = patient.demographics();
        pid.getPid1_SetIDPID().setValue("1");
        identifier(pid.getPid3_PatientIdentifierList(0), d.mrn(), Hl7Messages.MRN_AUTHORITY, "MR");
        identifier(pid.getPid3_PatientIdentifierList(1), d.ssn(), "SSA", "SS");
        identifier(pid.getPid3_PatientIdentifierList(2), patient.id(), Hl7Messages.PATIENT_ID_AUTHORITY, "PI");

        XPN name = pid.getPid5_PatientName(0);
        name.getXpn1_FamilyName().getFn1_Surname().setValue(d.lastName());
        name.getXpn2_GivenName().setValue(d.firstName());
        if (d.middleName().isPresent()) {
            name.getXpn3_SecondAndFurtherGivenNamesOrInitialsThereof().setValue(d.middleName().get());
        }
        name.getXpn7_NameTypeCode().setValue("L");

        pid.getPid7_DateTimeOfBirth().getTs1_Time().setValue(Hl7Time.date(d.birthDate()));
        pid.getPid8_AdministrativeSex().setValue(d.sex().code());
        coded(pid.getPid10_Race(0), d.race().cdcCode(), d.race().cdcDisplay(), "CDCREC");
        address(pid.getPid11_PatientAddress(0), d);
        phone(pid.getPid13_PhoneNumberHome(0), d.phone());
        if (!d.email().isEmpty()) {
            email(pid.getPid13_PhoneNumberHome(1), d.email());
        }
        coded(pid.getPid15_PrimaryLanguage(), d.language(), "", "ISO639");
        MaritalStatus marital = record.maritalStatus();
        coded(pid.getPid16_MaritalStatus(), marital.code(), marital.display(), "HL70002");
        pid.getPid19_SSNNumberPatient().setValue(d.ssn());
        coded(pid.getPid22_EthnicGroup(0), d.ethnicity().hl7Code(), d.ethnicity().label(), "HL70189");

        Optional<Death> death = record.death();
        if (death.isPresent()) {
            pid.getPid29_PatientDeathDateAndTime().getTs1_Time().setValue(Hl7Time.instant(death.get().dateTime()));
            pid.getPid30_PatientDeathIndicator().setValue("Y");
        } else {
            pid.getPid30_PatientDeathIndicator().setValue("N");
        }
    }

    static void identifier(CX cx, String id, String authority, String type) throws HL7Exception {
        cx.getCx1_IDNumber().setValue(id);
        cx.getCx4_AssigningAuthority().getHd1_NamespaceID().setValue(authority);
        cx.getCx5_IdentifierTypeCode().setValue(type);
    }

    static void coded(CE ce, Code code) throws HL7Exception {
        coded(ce, code.code(), code.display(), code.system().hl7Name());
    }

    static void coded(CE ce, String code, String text, String system) throws HL7Exception {
        ce.getCe1_Identifier().setValue(code);
        if (!text.isEmpty()) {
            ce.getCe2_Text().setValue(text);
        }
        ce.getCe3_NameOfCodingSystem().setValue(system);
    }

    private static void address(XAD xad, Demographics d) throws HL7Exception {
        xad.getXad1_StreetAddress().getSad1_StreetOrMailingAddress().setValue(d.address().line());
        xad.getXad3_City().setValue(d.address().city());
        xad.getXad4_StateOrProvince().setValue(d.address().state());
        xad.getXad5_ZipOrPostalCode().setValue(d.address().postalCode());
        xad.getXad6_Country().setValue("USA");
        xad.getXad7_AddressType().setValue("H");
    }

    /**
     * Writes the number as given (XTN-1, still read by most receivers) and, for a ten-digit number, split into
     * area code and local number (XTN-6, XTN-7) as v2.5.1 prefers.
     */
    private static void phone(XTN xtn, String phone) throws HL7Exception {
        xtn.getXtn2_TelecommunicationUseCode().setValue("PRN");
        xtn.getXtn3_TelecommunicationEquipmentType().setValue("PH");
        xtn.getXtn1_TelephoneNumber().setValue(phone);
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.length() == 10) {
            xtn.getXtn6_AreaCityCode().setValue(digits.substring(0, 3));
            xtn.getXtn7_LocalNumber().setValue(digits.substring(3));
        }
    }

    private static void email(XTN xtn, String email) throws HL7Exception {
        xtn.getXtn2_TelecommunicationUseCode().setValue("NET");
        xtn.getXtn3_TelecommunicationEquipmentType().setValue("Internet");
        xtn.getXtn4_EmailAddress().setValue(email);
    }
}
