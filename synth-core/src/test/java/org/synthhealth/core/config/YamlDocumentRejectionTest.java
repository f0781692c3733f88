package org.synthhealth.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.synthhealth.core.config.YamlRejection.rejection;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthhealth.core.InvalidInputException;

/**
 * Configuration files that are not plain YAML of settings: aliases, merge keys, tags, control characters, other
 * encodings, huge or endless input. Each is refused in one line at its place, never read as something else.
 */
class YamlDocumentRejectionTest {

    @Test
    void aYamlAliasIsRefusedRatherThanReadAsItsName() {
        String message = rejection("""
                gender_dist: &even
                  male: 0.5
                  female: 0.5
                smoking_dist: *even
                """);

        assertThat(message).isEqualTo("config.yaml:4: smoking_dist: is the YAML alias *even, and aliases are not "
                + "expanded here; write the value out in full");
        assertThat(rejection("num_records: 5\nseed: &s 4\nbatch_size: *s\n")).isEqualTo("config.yaml:3: "
                + "batch_size: is the YAML alias *s, and aliases are not expanded here; write the value out in full");
    }

    @Test
    void aMergeKeyIsRefusedRatherThanReadAsACategory() {
        assertThat(rejection("smoking_dist:\n  <<: {never: 1.0}\n")).isEqualTo("config.yaml:2: smoking_dist: holds a "
                + "YAML merge key (<<), and merge keys are not expanded here; write the values out in full");
    }

    @Test
    void aNumberOfMoreThanAThousandDigitsIsToldInWordsNotInJacksonsOwn() {
        assertThat(rejection("seed: " + "9".repeat(1002) + "\n")).endsWith(": a number has more than 1000 digits, "
                + "which no setting takes; give a number in the setting's range");
    }

    @Test
    void numbersOfEveryLengthBeyondAThousandDigitsAreToldAsNumbersToo() {
        for (int digits : new int[] {1002, 1100, 5000}) {
            assertThat(rejection("num_records: " + "9".repeat(digits) + "\n")).as("%d digits", digits)
                    .containsAnyOf("a number has more than 1000 digits", "num_records: is a number of " + digits
                            + " digits, far above any value the setting takes; give a whole number from 1 to "
                            + Integer.MAX_VALUE);
            assertThat(rejection("seed: -" + "9".repeat(digits) + "\n")).as("%d digits", digits)
                    .containsAnyOf("a number has more than 1000 digits", "seed: is a number of " + digits
                            + " digits, far below any value");
        }
        assertThat(rejection("num_records: \"" + "9".repeat(1100) + "\"\n")).as("quoted: a quoted number")
                .contains("num_records:").doesNotContain("far above");
    }

    @Test
    void aPathWrittenLikeANumberThatIsNotFiniteIsToldToBeQuoted() {
        assertThat(rejection("output_dir: .nan\n")).isEqualTo("config.yaml:1: output_dir: is .nan, not a finite "
                + "number; YAML reads it as a number; to name a file or folder .nan, quote it: \".nan\"");
        assertThat(rejection("report_file: -.Inf\n")).endsWith("quote it: \"-.Inf\"");
    }

    @Test
    void aYamlTagIsRefusedRatherThanIgnored() {
        assertThat(rejection("num_records: 5\nseed: !foo 42\n")).isEqualTo("config.yaml:2: seed: has the YAML tag "
                + "!foo, which is not read here; remove the tag and write the value plainly");
        assertThat(rejection("num_records: !!str 5\n"))
                .startsWith("config.yaml:1: num_records: has the YAML tag !!str,");
    }

    @Test
    void aControlCharacterIsNamedAtItsLineAndColumn() {
        String message = rejection("num_records: 5\nseed: 1\u0000\n");

        assertThat(message).isEqualTo("config.yaml:2: control character U+0000 at column 8, which YAML does not "
                + "allow; delete it (the file may have been saved in a binary format)");
    }

    @Test
    void utf16TextIsToldToBeSavedAsUtf8() {
        String utf16 = new String("num_records: 5\n".getBytes(java.nio.charset.StandardCharsets.UTF_16LE),
                java.nio.charset.StandardCharsets.UTF_8);

        assertThat(rejection(utf16)).isEqualTo("config.yaml: looks like UTF-16 text (a zero byte beside every "
                + "character); save the file as UTF-8");
    }

    @Test
    void aHugeDocumentIsCalledTooLargeNotASyntaxError() {
        String message = rejection("num_records: 5\noutput_dir: " + "a".repeat(3_200_000) + "\n");

        assertThat(message).isEqualTo("config.yaml: is too large for a configuration (more than 3 MiB of YAML); a "
                + "configuration needs only its settings, so remove what is not one");
    }

    @Test
    void aFolderGivenAsTheConfigurationIsNamedAsOne(@TempDir Path folder) {
        assertThatThrownBy(() -> CohortSpecReader.readBuilder(folder)).isInstanceOf(InvalidInputException.class)
                .hasMessage(folder + ": is a folder, not a configuration file; give the path of a YAML file such as "
                        + folder.resolve("config.yaml"));
    }

    /** A device that never ends is read only so far: its size says nothing, and pipes must stay readable. */
    @Test
    void anEndlessDeviceIsTooLargeRatherThanReadUntilMemoryRunsOut() {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isReadable(zero), "needs /dev/zero");

        assertThatThrownBy(() -> CohortSpecReader.readBuilder(zero)).isInstanceOf(InvalidInputException.class)
                .hasMessage("/dev/zero: is too large for a configuration (more than 3 MiB of YAML); a configuration "
                        + "needs only its settings, so remove what is not one");
    }

    @Test
    void aFileInUtf16WithAByteOrderMarkIsNamedAsUtf16(@TempDir Path folder) throws java.io.IOException {
        Path file = folder.resolve("config.yaml");
        java.nio.file.Files.write(file, "num_records: 5\n".getBytes(java.nio.charset.StandardCharsets.UTF_16));
        Path latin = folder.resolve("latin.yaml");
        java.nio.file.Files.write(latin,
                "output_dir: caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> CohortSpecReader.readBuilder(file)).isInstanceOf(InvalidInputException.class)
                .hasMessage(file + ": is UTF-16 text (it starts with a UTF-16 byte-order mark); save the file as "
                        + "UTF-8");
        assertThatThrownBy(() -> CohortSpecReader.readBuilder(latin)).isInstanceOf(InvalidInputException.class)
                .hasMessage(latin + ": not UTF-8 text; save the file as UTF-8");
    }
}
