package org.synthhealth.assertj;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.synthhealth.assertj.SynthAssertions.assertThat;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.model.Patient;

class MessageAssertTest {

    private static final String BAD_BIRTH_DATE =
            "MSH|^~\\&|SYNTH|HOSP|EHR|HOSP|20250101120000||ADT^A04^ADT_A01|42|T|2.5.1\r"
            + "EVN|A04|20250101120000\r"
            + "PID|1||123^^^HOSP^MR||DOE^JANE||1980-01-31|F\r"
            + "PV1|1|O\r";

    @Test
    void aGeneratedAdtMessageIsValidAndNavigable() {
        Cohort cohort = Cohorts.of(20, 7L);
        Patient patient = cohort.patients().get(0);
        Message adt = cohort.adtMessages().get(0);

        assertThat(adt).isValid().hasMessageType("ADT^A04").hasMessageType("ADT^A04^ADT_A01")
                .hasSegmentCount("PID", 1)
                .segment("PID").field(8).hasValue(patient.demographics().sex().code())
                .returnToSegment().field(3).repetition(1).component(1).hasValue(patient.demographics().mrn())
                .returnToMessage().segment("MSH").field(12).hasValue("2.5.1");
    }

    @Test
    void hasMessageTypeNamesTheMessageAndThePatient() throws Exception {
        Message message = unvalidated(BAD_BIRTH_DATE);

        assertThatThrownBy(() -> assertThat(message).hasMessageType("ORU^R01"))
                .hasMessage("Expecting MSH-9 of message 42 (ADT^A04, patient 123) to be ORU^R01 but was ADT^A04");
    }

    @Test
    void aFieldMismatchNamesSegmentFieldAndBothValues() throws Exception {
        Message message = unvalidated(BAD_BIRTH_DATE);

        assertThatThrownBy(() -> assertThat(message).segment("PID").field(5).hasValue("DOE^JOHN"))
                .hasMessage("Expecting PID-5 of PID of message 42 (ADT^A04, patient 123) to be \"DOE^JOHN\" "
                        + "but was \"DOE^JANE\"");
        assertThatThrownBy(() -> assertThat(message).segment("PID").field(5).component(2).hasValue("JOHN"))
                .hasMessageStartingWith("Expecting PID-5-2 of PID");
    }

    @Test
    void aMissingSegmentIsNamed() throws Exception {
        Message message = unvalidated(BAD_BIRTH_DATE);

        assertThatThrownBy(() -> assertThat(message).segment("DG1"))
                .hasMessage("Expecting message 42 (ADT^A04, patient 123) to hold segment DG1 number 1 but it holds 0 "
                        + "DG1 segment(s)");
    }

    @Test
    void isValidReportsWhatTheValidatingParserRejects() throws Exception {
        Message message = unvalidated(BAD_BIRTH_DATE);

        assertThatThrownBy(() -> assertThat(message).isValid())
                .hasMessageStartingWith("Expecting message 42 (ADT^A04, patient 123) to be valid HL7 v2 but it is not")
                .hasMessageContaining("1980-01-31");
    }

    private static Message unvalidated(String text) throws Exception {
        try (HapiContext context = new DefaultHapiContext(ValidationContextFactory.noValidation())) {
            return context.getPipeParser().parse(text);
        }
    }
}
