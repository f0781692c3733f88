package org.synthhealth.core.format.fhir.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.synthhealth.core.model.Code;
import org.synthhealth.core.model.CodeSystem;

/**
 * Builds FHIR primitive and data-type values from model values in the one form the export allows.
 *
 * <p>Every value is built from a string, so HAPI writes it back exactly as given: instants as UTC with a {@code Z}
 * and whole seconds, dates without a time, decimals in plain notation (never an exponent), none of it depending on the
 * JVM's default time zone or locale.
 */
public final class FhirValues {

    private FhirValues() {
    }

    /** An instant as a second-precision dateTime in UTC, for example {@code 2024-03-15T14:30:00Z}. */
    public static DateTimeType dateTime(Instant instant) {
        return new DateTimeType(DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS)));
    }

    /** A calendar date as a day-precision dateTime (a dateTime without a time carries no zone). */
    public static DateTimeType dateTime(LocalDate date) {
        return new DateTimeType(date.toString());
    }

    /** A calendar date. */
    public static DateType date(LocalDate date) {
        return new DateType(date.toString());
    }

    /** A decimal written in plain notation whatever its scale. */
    public static DecimalType decimal(BigDecimal value) {
        DecimalType decimal = new DecimalType();
        decimal.setValueAsString(value.toPlainString());
        return decimal;
    }

    /** A UCUM quantity with the unit code also as the human-readable unit. */
    public static Quantity quantity(BigDecimal value, String ucum) {
        Quantity quantity = new Quantity();
        quantity.setValueElement(decimal(value));
        quantity.setUnit(ucum);
        quantity.setSystem(CodeSystem.UCUM.uri());
        quantity.setCode(ucum);
        return quantity;
    }

    /** One coding from a model code. */
    public static Coding coding(Code code) {
        return new Coding(code.system().uri(), code.code(), code.display());
    }

    /** A concept with one coding per code given (empty ones skipped), and the first code's display as text. */
    @SafeVarargs
    public static CodeableConcept concept(Optional<Code>... codes) {
        CodeableConcept concept = new CodeableConcept();
        for (Optional<Code> code : codes) {
            code.ifPresent(c -> concept.addCoding(coding(c)));
        }
        if (concept.hasCoding()) {
            concept.setText(concept.getCodingFirstRep().getDisplay());
        }
        return concept;
    }

    /** A concept with one coding per code given, and the first code's display as text. */
    public static CodeableConcept concept(Code first, Code... more) {
        CodeableConcept concept = new CodeableConcept().addCoding(coding(first)).setText(first.display());
        for (Code code : more) {
            concept.addCoding(coding(code));
        }
        return concept;
    }

    /** A concept with one coding in the given system and no text. */
    public static CodeableConcept concept(String system, String code, String display) {
        return new CodeableConcept().addCoding(new Coding(system, code, display));
    }

    /** A reference to the bundle entry of the resource with this id: {@code urn:uuid:<id>}. */
    public static Reference reference(String id) {
        return new Reference("urn:uuid:" + id);
    }

    /** A meta element claiming one profile. */
    public static Meta profile(String canonical) {
        return new Meta().addProfile(canonical);
    }
}
