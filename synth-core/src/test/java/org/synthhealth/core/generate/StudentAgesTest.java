package org.synthhealth.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.model.Employment;
import org.synthhealth.core.model.Patient;

/**
 * Adult students in a default cohort of 10,000 are concentrated where US school enrolment is: about four in ten at
 * 18-24 (CPS school enrolment), under one in ten at 25-34, one or two in a hundred at 35-54 and fewer at 55-64.
 * Raising students by one factor at every age, as the calibration once did, put 2.5 % at 35-54 and 1.6 % at 55-64 in
 * this cohort and almost six in ten at 18-24.
 */
class StudentAgesTest {

    private final List<Patient> patients = SampleCohort.patients();

    @Test
    void fewerThanOneInAHundredAreStudentsAtFiftyFiveToSixtyFour() {
        assertThat(studentShare(55, 64)).as("Student share at 55-64").isLessThan(0.01);
    }

    @Test
    void fewerThanTwoInAHundredAreStudentsAtThirtyFiveToFiftyFour() {
        assertThat(studentShare(35, 54)).as("Student share at 35-54").isLessThan(0.02);
    }

    @Test
    void studentsAreMostlyEighteenToTwentyFour() {
        double young = studentShare(18, 24);

        assertThat(young).as("Student share at 18-24").isBetween(0.25, 0.55)
                .isGreaterThan(3 * studentShare(25, 34)).isGreaterThan(10 * studentShare(35, 64));
    }

    /** The share of the patients whose last age is from {@code low} to {@code high} who are students. */
    private double studentShare(int low, int high) {
        long people = 0;
        long students = 0;
        for (Patient p : patients) {
            int age = p.lastAge(SampleCohort.REFERENCE);
            if (age >= low && age <= high) {
                people++;
                students += p.socialHistory().employment() == Employment.STUDENT ? 1 : 0;
            }
        }
        assertThat(people).as("patients aged %d-%d", low, high).isGreaterThan(200);
        return (double) students / people;
    }
}
