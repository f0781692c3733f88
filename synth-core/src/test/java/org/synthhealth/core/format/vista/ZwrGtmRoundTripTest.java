package org.synthhealth.core.format.vista;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves the ZWR quoting against GT.M itself: nodes with awkward strings go in through {@code mupip load}, come out
 * through {@code mupip extract}, and {@link ZwrReader} reads GT.M's own extract back to the same nodes.
 */
class ZwrGtmRoundTripTest {

    /** GT.M runs in M mode (one byte per character), so every character here is at most 255. */
    private static final List<String> AWKWARD = List.of("", "\"", "say \"hi\"", "a^b", "line\nfeed", "\r\n",
            "\u0000", "\u0001\u0002x", "tab\there", "\u007f", "caf\u00e9", "\u00ff\u0080", "$C(10)", "007", "1.0",
            "-0", "1E5", "12345678901234567890", "a,b)=c", "trailing ", "_", ",", "=", "7", ".5", "-12.25");

    @Test
    void gtmExtractReadsBackAsTheNodesWeLoaded(@TempDir Path dir) throws Exception {
        List<GlobalNode> nodes = new ArrayList<>();
        for (int i = 0; i < AWKWARD.size(); i++) {
            String s = AWKWARD.get(i);
            if (!s.isEmpty()) {
                nodes.add(new GlobalNode("ZZSYN", List.of(s, String.valueOf(i)), s));
            }
            nodes.add(new GlobalNode("ZZSYN", List.of("v", String.valueOf(i)), s));
        }
        Path zwr = dir.resolve("awkward.zwr");
        List<String> lines = new ArrayList<>(List.of("awkward", "01-JAN-2026  00:00:00 ZWR"));
        nodes.forEach(n -> lines.add(ZwrSyntax.format(n)));
        Files.write(zwr, lines, StandardCharsets.US_ASCII);
        GtmDatabase db = GtmDatabase.create(Files.createDirectories(dir.resolve("db")));

        db.load(zwr);
        Path extract = db.extract("extract.zwr");

        Set<String> expected = new TreeSet<>();
        nodes.forEach(n -> expected.add(n.toString()));
        Set<String> read = new TreeSet<>();
        try (Stream<GlobalNode> back = ZwrReader.nodes(extract)) {
            back.forEach(n -> read.add(n.toString()));
        }
        assertThat(read).isEqualTo(expected);
    }
}
