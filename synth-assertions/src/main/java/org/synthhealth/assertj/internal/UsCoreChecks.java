package org.synthhealth.assertj.internal;

import java.util.List;
import org.hl7.fhir.r4.model.Bundle;

/** US Core conformance behind {@code conformsToUsCore}, through the product's US Core validator. */
public final class UsCoreChecks {

    private UsCoreChecks() {
    }

    /** The errors of validating every resource of the bundle against the US Core release, as {@code path: text}. */
    public static List<String> errors(Bundle bundle, String version) {
        throw new UnsupportedOperationException("US Core validation is not available yet");
    }
}
