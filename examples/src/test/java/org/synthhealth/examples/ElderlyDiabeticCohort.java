package org.synthhealth.examples;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.synthhealth.junit.SyntheticPatients;

/** The team's shorthand for a targeted cohort: 100 patients aged 65 or more, each with diabetes. */
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@SyntheticPatients(count = 100, seed = 65L, minAge = 65, conditions = "diabetes")
@interface ElderlyDiabeticCohort {
}
