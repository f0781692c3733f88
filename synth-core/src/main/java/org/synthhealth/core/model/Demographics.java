package org.synthhealth.core.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Who the patient is: identifiers, name, sex, birth date, race, ethnicity and contact details.
 *
 * <p>All values are synthetic. The SSN is drawn from area numbers 900-999, which the Social Security Administration
 * never issues to people; the phone number is in the fictional 555-0100 to 555-0199 range.
 *
 * @param mrn the medical record number, unique within a cohort
 * @param ssn nine digits without dashes, unique within a cohort of up to 98,990,100 patients
 * @param middleName empty when the patient has none
 * @param language a BCP 47 language tag such as {@code en} or {@code es}
 * @param phone in the form {@code 555-555-0123}
 * @param insurance the payer name, or {@code Self-pay}
 */
public record Demographics(
        String mrn,
        String ssn,
        String firstName,
        Optional<String> middleName,
        String lastName,
        Sex sex,
        LocalDate birthDate,
        Race race,
        Ethnicity ethnicity,
        String language,
        MaritalStatus maritalStatus,
        String phone,
        String email,
        Address address,
        String insurance) {
}
