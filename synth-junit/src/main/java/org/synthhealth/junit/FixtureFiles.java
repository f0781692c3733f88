package org.synthhealth.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a {@code java.nio.file.Path} parameter that receives a temporary directory holding the cohort exported as
 * fixture files.
 *
 * <pre>{@code
 * @Test
 * void loadsFixtures(@SyntheticPatients(count = 50, seed = 7L) @FixtureFiles(formats = {"csv", "fhir"}) Path dir) {
 *     assertThat(dir.resolve("patients.csv")).exists();
 * }
 * }</pre>
 *
 * <p>The directory is deleted after the test. When the test fails it is kept, and its location is added to the
 * failure and published as the report entry {@code synth.fixtures}.
 *
 * @since 0.1.0
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
@ExtendWith(SyntheticPatientsExtension.class)
public @interface FixtureFiles {

    /**
     * The formats to write, by their {@code --formats} names: {@code csv}, {@code parquet}, {@code fhir},
     * {@code hl7}, {@code vista}. Empty (the default) means all of them.
     */
    String[] formats() default {};
}
