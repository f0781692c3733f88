package org.synthhealth.core.format.vista;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.synthhealth.core.InvalidInputException;

class ZwrSyntaxTest {

    private static final List<String> NASTY = List.of("", "\"", "\"\"", "say \"hi\"", "a^b^c", "line\nfeed",
            "\r\n", "\u0000", "\u0001\u0002", "tab\there", "\u007f", "caf\u00e9", "\u4e2d\u6587", "\ud83d\ude00",
            "$C(10)", "\"_$C(1)_\"", "007", "1.0", "-0", "1E5", "+1", " 1", "12345678901234567890", "a,b)=c",
            "trailing ", "(", ")", "_", "^", ",", "=");

    @Test
    void doublesQuotesAndConcatenatesControlCharacters() {
        assertThat(ZwrSyntax.literal("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(ZwrSyntax.literal("a\nb")).isEqualTo("\"a\"_$C(10)_\"b\"");
        assertThat(ZwrSyntax.literal("\u0001\u0002")).isEqualTo("$C(1,2)");
        assertThat(ZwrSyntax.literal("")).isEqualTo("\"\"");
        assertThat(ZwrSyntax.literal("caf\u00e9")).isEqualTo("\"caf\"_$C(233)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "7", "-7", ".02", "120.8", "-.5", "3240315.143", "123456789012345678"})
    void writesCanonicalNumbersBare(String number) {
        assertThat(ZwrSyntax.literal(number)).isEqualTo(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"007", "1.0", "0.5", "-0", "1.", "+1", "1E5", "1234567890123456789", " 1", "--1", ""})
    void quotesTextThatOnlyLooksNumeric(String text) {
        assertThat(ZwrSyntax.literal(text)).startsWith("\"");
    }

    @Test
    void writesANodeWithNumericAndStringSubscripts() {
        GlobalNode node = new GlobalNode("GMR", List.of("120.8", "B", "7", "12"), "x");

        assertThat(ZwrSyntax.format(node)).isEqualTo("^GMR(120.8,\"B\",7,12)=\"x\"");
    }

    @Test
    void readsBackEveryNastyStringAsSubscriptAndValue() {
        for (String a : NASTY) {
            for (String b : NASTY) {
                GlobalNode node = new GlobalNode("ZZ", List.of(a, "1", b), b + a);

                assertThat(ZwrSyntax.parse(ZwrSyntax.format(node))).as("%s / %s", a, b).isEqualTo(node);
            }
        }
    }

    @Test
    void readsBackRandomStrings() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) {
                s.append((char) (random.nextBoolean() ? random.nextInt(32, 127) : random.nextInt(0, 300)));
            }
            GlobalNode node = new GlobalNode("X", List.of(s.toString()), s.toString());
            String line = ZwrSyntax.format(node);

            assertThat(ZwrSyntax.parse(line)).as(line).isEqualTo(node);
            assertThat(line).as(line).matches("[\\x20-\\x7e]*");
        }
    }

    @Test
    void readsTheFormsGtmWritesThatWeDoNot() {
        assertThat(ZwrSyntax.parse("^A(\"x\")=$ZCH(200)_\"y\"").value()).isEqualTo("\u00c8y");
        assertThat(ZwrSyntax.parse("^A=5").subscripts()).isEmpty();
        assertThat(ZwrSyntax.parse("^%ZOSF(\"OS\")=\"GT.M\"").global()).isEqualTo("%ZOSF");
    }

    @ParameterizedTest
    @ValueSource(strings = {"DPT(1)=1", "^DPT(1=1", "^DPT(1)=\"open", "^DPT(01)=1", "^DPT(1)=1 x", "^(1)=1",
        "^DPT(1)=$X(1)", "^DPT(1)="})
    void rejectsLinesThatAreNotNodes(String line) {
        assertThatThrownBy(() -> ZwrSyntax.parse(line)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("column");
    }

    @Test
    void readerSkipsTheHeaderAndNamesTheBadLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("x.zwr");
        Files.writeString(file, "label seed=5\n04-DEC-2026  00:00:00 ZWR\n^A(1)=\"a\"\n\n^A(2)=oops\n",
                StandardCharsets.US_ASCII);

        assertThat(ZwrReader.header(file).flatMap(h -> h.field("seed"))).contains("5");
        try (Stream<GlobalNode> nodes = ZwrReader.nodes(file)) {
            List<GlobalNode> read = new ArrayList<>();
            assertThatThrownBy(() -> nodes.forEach(read::add)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("line 5");
            assertThat(read).containsExactly(new GlobalNode("A", List.of("1"), "a"));
        }
    }

    @Test
    void readerReadsAFileWithoutHeader(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bare.zwr");
        Files.writeString(file, "^A(1)=\"a\"\n^A(2)=2\n", StandardCharsets.US_ASCII);

        assertThat(ZwrReader.header(file)).isEmpty();
        try (Stream<GlobalNode> nodes = ZwrReader.nodes(file)) {
            assertThat(nodes).hasSize(2);
        }
    }
}
