package org.synthhealth.junit.internal;

import ca.uhn.hl7v2.model.Message;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.migration.MigrationResult;

/** What the extension can inject, told apart by the declared (generic) type of a parameter or field. */
public enum InjectionKind {
    /** The cohort itself. */
    COHORT,
    /** {@code List<Bundle>}: one FHIR R4 transaction bundle per patient. */
    FHIR_BUNDLES,
    /** {@code List<Message>}: one HL7 v2.5.1 ADT^A04 message per patient. */
    HL7_MESSAGES,
    /** The result of a migration simulation run on the cohort. */
    MIGRATION_RESULT,
    /** A temporary directory of exported fixture files. */
    FIXTURE_DIRECTORY;

    /** The type names a user may declare, for error messages. */
    public static final String ACCEPTED = "Cohort, List<org.hl7.fhir.r4.model.Bundle>, "
            + "List<ca.uhn.hl7v2.model.Message>, MigrationResult (with @MigrationSimulation) "
            + "or Path (with @FixtureFiles)";

    /** The kind a declared type asks for, if the extension can fill it. */
    public static Optional<InjectionKind> of(Type type) {
        if (type == Cohort.class) {
            return Optional.of(COHORT);
        }
        if (type == Path.class) {
            return Optional.of(FIXTURE_DIRECTORY);
        }
        if (type == MigrationResult.class) {
            return Optional.of(MIGRATION_RESULT);
        }
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            Type element = p.getActualTypeArguments()[0];
            if (element == Bundle.class) {
                return Optional.of(FHIR_BUNDLES);
            }
            if (element == Message.class) {
                return Optional.of(HL7_MESSAGES);
            }
        }
        return Optional.empty();
    }

    /** A readable name of a declared type, for error messages. */
    public static String describe(Type type) {
        return type.getTypeName().replace("java.util.", "").replace("java.lang.", "");
    }
}
