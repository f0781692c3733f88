package org.synthhealth.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.synthhealth.core.config.YamlRejection.rejection;

import org.junit.jupiter.api.Test;

/** Whole-number settings out of their range, in YAML: each refusal names the line, the setting and the range. */
class WholeNumberRejectionTest {

    @Test
    void namesTheWorkerLimitForACountBeyondAnInt() {
        assertThat(rejection("concurrent_workers: 2147483648\n")).isEqualTo("config.yaml:1: concurrent_workers: is "
                + "2147483648, above 1024; give a whole number from 1 to 1024");
        assertThat(rejection("concurrent_workers: -99999999999\n")).isEqualTo("config.yaml:1: concurrent_workers: "
                + "is -99999999999, below 1; give a whole number from 1 to 1024");
        assertThat(rejection("concurrent_workers: 0x7FFFFFFFFFFF\n")).isEqualTo("config.yaml:1: concurrent_workers: "
                + "0x7FFFFFFFFFFF stands for 140737488355327, which is out of range; give a whole number from 1 to "
                + "1024 in plain decimal digits");
        assertThat(rejection("concurrent_workers: 0x10\n")).startsWith("config.yaml:1: concurrent_workers: 0x10 is "
                + "a hexadecimal number");
    }

    @Test
    void aNumberInAnotherNotationOutOfRangeIsGivenTheRangeNotTheSameDigitsAgain() {
        assertThat(rejection("seed: 099999999999999999999\n")).isEqualTo("config.yaml:1: seed: 099999999999999999999 "
                + "stands for 99999999999999999999, which is out of range; give a whole number from "
                + "-9223372036854775808 to 9223372036854775807 in plain decimal digits");
        assertThat(rejection("num_records: 099999999999\n")).isEqualTo("config.yaml:1: num_records: 099999999999 "
                + "stands for 99999999999, which is out of range; give a whole number from 1 to 2147483647 in plain "
                + "decimal digits");
        assertThat(rejection("seed: 0042\n")).contains("has a leading zero").contains("seed: 42");
    }

    @Test
    void rejectsMoreWorkersThanTheLimitNamingTheLine() {
        String message = rejection("""
                num_records: 10
                concurrent_workers: 2147483647
                """);

        assertThat(message).isEqualTo("config.yaml:2: concurrent_workers: is 2147483647, above 1024; give a whole "
                + "number from 1 to 1024");
    }

    @Test
    void rejectsNoWorkersGivingTheWholeRange() {
        assertThat(rejection("concurrent_workers: 0\n")).isEqualTo("config.yaml:1: concurrent_workers: is 0, below 1; "
                + "give a whole number from 1 to 1024");
    }

    @Test
    void rejectsFewerThanOneRecord() {
        assertThat(rejection("num_records: 0\n")).isEqualTo(
                "config.yaml:1: num_records: is 0, must be at least 1; give a whole number >= 1");
    }

    @Test
    void rejectsACountTooLargeForTheGenerator() {
        assertThat(rejection("num_records: 10000000000\n")).isEqualTo(
                "config.yaml:1: num_records: is 10000000000, too large; give a whole number up to 2147483647");
    }
}
