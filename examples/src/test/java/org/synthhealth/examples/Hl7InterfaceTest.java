package org.synthhealth.examples;

import static org.synthhealth.assertj.SynthAssertions.assertThat;

import ca.uhn.hl7v2.model.Message;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.model.Patient;
import org.synthhealth.junit.SyntheticPatients;

/** An HL7 interface test: the registration feed sends one valid ADT^A04 per patient with the right identifiers. */
class Hl7InterfaceTest {

    @Test
    void everyRegistrationIsAValidAdtA04CarryingTheMrn(
            @SyntheticPatients(count = 50, seed = 251L) List<Message> registrations,
            @SyntheticPatients(count = 50, seed = 251L) Cohort cohort) {
        for (int i = 0; i < registrations.size(); i++) {
            Patient patient = cohort.patients().get(i);
            assertThat(registrations.get(i))
                    .isValid()
                    .hasMessageType("ADT^A04")
                    .segment("MSH").field(12).hasValue("2.5.1")
                    .returnToMessage()
                    .segment("PID").field(3).repetition(1).component(1).hasValue(patient.demographics().mrn())
                    .returnToSegment().field(7).hasValue(patient.demographics().birthDate().toString()
                            .replace("-", ""))
                    .returnToSegment().field(8).hasValue(patient.demographics().sex().code());
        }
    }

    @Test
    void labResultsTravelAsOruR01WithLoincCodedObservations(
            @SyntheticPatients(count = 30, seed = 251L) Cohort cohort) {
        List<Message> results = cohort.oruMessages();

        assertThat(results).isNotEmpty();
        for (Message result : results) {
            assertThat(result).isValid().hasMessageType("ORU^R01")
                    .segment("OBX").field(3).component(3).hasValue("LN");
        }
    }
}
