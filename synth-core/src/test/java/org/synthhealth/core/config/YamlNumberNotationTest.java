package org.synthhealth.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.synthhealth.core.config.YamlRejection.rejection;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.CohortSpec;

/**
 * Numbers are read as the decimal the user wrote: spellings that YAML 1.1 reads otherwise (leading zeros as octal,
 * {@code 0x} prefixes, underscores) and quoted numbers or booleans are refused with the spelling to write instead.
 */
class YamlNumberNotationTest {

    @Test
    void rejectsASeedWithALeadingZeroRatherThanReadingItAsOctal() {
        String message = rejection("seed: 0042\n");

        assertThat(message).isEqualTo("config.yaml:1: seed: 0042 has a leading zero, which YAML reads as an octal "
                + "number; write it without leading zeros, such as seed: 42");
    }

    @Test
    void rejectsARecordCountWithALeadingZero() {
        String message = rejection("num_records: 010\n");

        assertThat(message).isEqualTo("config.yaml:1: num_records: 010 has a leading zero, which YAML reads as an "
                + "octal number; write it without leading zeros, such as num_records: 10");
    }

    @Test
    void rejectsALeadingZeroBeforeDigitsThatAreNotOctal() {
        String message = rejection("seed: 08\n");

        assertThat(message).isEqualTo("config.yaml:1: seed: 08 has a leading zero, which YAML reads as an octal "
                + "number; write it without leading zeros, such as seed: 8");
    }

    @Test
    void rejectsASignedNumberWithALeadingZero() {
        String message = rejection("num_records: 10\nseed: -012\n");

        assertThat(message).isEqualTo("config.yaml:2: seed: -012 has a leading zero, which YAML reads as an octal "
                + "number; write it without leading zeros, such as seed: -12");
    }

    @Test
    void rejectsALeadingZeroInANestedCount() {
        String message = rejection("""
                requirements:
                  min_age: +018
                """);

        assertThat(message).isEqualTo("config.yaml:2: requirements.min_age: +018 has a leading zero, which YAML "
                + "reads as an octal number; write it without leading zeros, such as min_age: 18");
    }

    @Test
    void rejectsAWeightWrittenAsAWholeNumberWithALeadingZero() {
        String message = rejection("""
                gender_dist:
                  male: 01
                  female: 0
                """);

        assertThat(message).isEqualTo("config.yaml:2: gender_dist.male: 01 has a leading zero, which YAML reads as "
                + "an octal number; write it without leading zeros, such as male: 1");
    }

    @Test
    void rejectsAHexadecimalSeedGivingItsDecimalValue() {
        String message = rejection("seed: 0x2A\n");

        assertThat(message).isEqualTo("config.yaml:1: seed: 0x2A is a hexadecimal number; write numbers in decimal "
                + "digits, such as seed: 42");
    }

    @Test
    void rejectsAnOctalPrefix() {
        String message = rejection("seed: 0o17\n");

        assertThat(message).isEqualTo("config.yaml:1: seed: 0o17 is an octal number; write numbers in decimal "
                + "digits, such as seed: 15");
    }

    @Test
    void rejectsABinaryCount() {
        String message = rejection("batch_size: 0b101\n");

        assertThat(message).isEqualTo("config.yaml:1: batch_size: 0b101 is a binary number; write numbers in "
                + "decimal digits, such as batch_size: 5");
    }

    @Test
    void rejectsUnderscoresBetweenDigits() {
        String message = rejection("num_records: 1_000\n");

        assertThat(message).isEqualTo("config.yaml:1: num_records: 1_000 has underscores; write numbers as plain "
                + "digits, such as num_records: 1000");
    }

    @Test
    void rejectsAQuotedSeedSayingToDropTheQuotes() {
        String message = rejection("seed: \"42\"\n");

        assertThat(message).isEqualTo("config.yaml:1: seed: \"42\" is quoted text, not a number; write it without "
                + "quotes: seed: 42");
    }

    @Test
    void rejectsASingleQuotedRecordCountShowingItsQuotes() {
        String message = rejection("num_records: '10'\n");

        assertThat(message).isEqualTo("config.yaml:1: num_records: '10' is quoted text, not a number; write it "
                + "without quotes: num_records: 10");
    }

    @Test
    void rejectsAQuotedRate() {
        String message = rejection("""
                data_quality:
                  minimum_quality_score: "0.05"
                """);

        assertThat(message).isEqualTo("config.yaml:2: data_quality.minimum_quality_score: \"0.05\" is quoted text, "
                + "not a number; write it without quotes: minimum_quality_score: 0.05");
    }

    @Test
    void rejectsAQuotedWeight() {
        String message = rejection("""
                gender_dist:
                  male: "0.5"
                  female: 0.5
                """);

        assertThat(message).isEqualTo("config.yaml:2: gender_dist.male: \"0.5\" is quoted text, not a number; "
                + "write it without quotes: male: 0.5");
    }

    @Test
    void rejectsAQuotedBoolean() {
        String message = rejection("simulate_migration: \"true\"\n");

        assertThat(message).isEqualTo("config.yaml:1: simulate_migration: \"true\" is quoted text, not true or "
                + "false; write it without quotes: simulate_migration: true");
    }

    @Test
    void rejectsAQuotedBooleanInANestedBlock() {
        String message = rejection("""
                requirements:
                  deceased: 'False'
                """);

        assertThat(message).isEqualTo("config.yaml:2: requirements.deceased: 'False' is quoted text, not true or "
                + "false; write it without quotes: deceased: false");
    }

    @Test
    void findsTheQuoteAfterCharactersOutsideTheBasicPlane() {
        String message = rejection("output_dir: \"\uD83D\uDE00\uD83D\uDE00\"\nseed: \"42\"\n");

        assertThat(message).isEqualTo("config.yaml:2: seed: \"42\" is quoted text, not a number; write it without "
                + "quotes: seed: 42");
    }

    @Test
    void rejectsTheOtherYaml11WordsForBooleans() {
        assertThat(rejection("simulate_migration: yes\n")).isEqualTo("config.yaml:1: simulate_migration: yes is read "
                + "as true only by YAML 1.1; write true or false, such as simulate_migration: true");
        assertThat(rejection("requirements:\n  deceased: Off\n")).isEqualTo("config.yaml:2: requirements.deceased: "
                + "Off is read as false only by YAML 1.1; write true or false, such as deceased: false");
        assertThat(CohortSpecReader.readBuilder("simulate_migration: True\n", "config.yaml").build()
                .simulateMigration()).isTrue();
    }

    @Test
    void keepsTheGeneralMessageForQuotedTextThatIsNoNumber() {
        String message = rejection("seed: \"forty-two\"\n");

        assertThat(message).isEqualTo("config.yaml:1: seed: expected a whole number, got \"forty-two\"; write for "
                + "example seed: 42");
    }

    @Test
    void quotesAFractionOrExponentAsWrittenWhereAWholeNumberBelongs() {
        assertThat(rejection("seed: 1e3\n")).isEqualTo("config.yaml:1: seed: expected a whole number, got \"1e3\"; "
                + "write for example seed: 42");
        assertThat(rejection("num_records: 2.50\n")).isEqualTo("config.yaml:1: num_records: expected a whole number, "
                + "got \"2.50\"; write for example num_records: 100");
    }

    @Test
    void namesTheRangeOfASeedBeyondSixtyFourBits() {
        assertThat(rejection("seed: 9223372036854775808\n")).isEqualTo("config.yaml:1: seed: is 9223372036854775808, "
                + "out of range; give a whole number from -9223372036854775808 to 9223372036854775807");
    }

    @Test
    void acceptsZeroTenAndDecimals() {
        String yaml = """
                num_records: 10
                seed: 0
                requirements:
                  min_age: 0
                data_quality:
                  minimum_quality_score: 0.05
                  quality_degradation_rate: 1e-3
                """;

        CohortSpec spec = CohortSpecReader.readBuilder(yaml, "config.yaml").build();

        assertThat(spec.numRecords()).as("num_records").isEqualTo(10);
        assertThat(spec.seed()).as("seed").contains(0L);
        assertThat(spec.requirements().minAge()).as("min_age").contains(0);
        assertThat(spec.dataQuality().minimumQualityScore()).as("minimum_quality_score").isEqualTo(0.05);
        assertThat(spec.dataQuality().qualityDegradationRate()).as("quality_degradation_rate").isEqualTo(0.001);
    }

    @Test
    void readsAFolderNameOfDigitsAsWrittenRatherThanAsOctal() {
        CohortSpec spec = CohortSpecReader.readBuilder("output_dir: 0042\n", "config.yaml").build();

        assertThat(spec.outputDir()).isEqualTo(Path.of("0042"));
    }
}
