package org.synthhealth.core.migration.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.InvalidInputException;
import org.synthhealth.core.format.FixtureWriter;
import org.synthhealth.core.format.vista.GlobalNode;
import org.synthhealth.core.format.vista.VistaFormat;
import org.synthhealth.core.format.vista.ZwrReader;
import org.synthhealth.core.format.vista.ZwrSyntax;
import org.synthhealth.core.model.Patient;

/**
 * The file-backed index answers every question exactly as an index of the same nodes held in memory, whatever the
 * layout of the file: as this project writes it, as {@code mupip extract -format=zwr} writes it, or scrambled.
 */
class SourceIndexTest {

    private static final long SEED = 4_004L;
    private static final int PATIENTS = 300;
    private static final String GTM_LABEL = "GT.M MUPIP EXTRACT";
    private static final String GTM_DATE = "04-DEC-2026  18:00:00 ZWR";

    @TempDir
    static Path dir;

    private static Path written;
    private static List<GlobalNode> nodes;

    @BeforeAll
    static void writeCohort() throws IOException {
        CohortSpec spec = CohortSpec.builder().patients(PATIENTS).seed(SEED).concurrentWorkers(2).build();
        List<Patient> patients = Cohort.generate(spec).patients();
        try (FixtureWriter writer = new VistaFormat().open(dir, spec, SEED)) {
            for (Patient patient : patients) {
                writer.write(patient);
            }
            writer.finish();
            writer.commit();
        }
        written = dir.resolve(VistaFormat.FILE_NAME);
        try (Stream<GlobalNode> stream = ZwrReader.nodes(written)) {
            nodes = stream.toList();
        }
    }

    @Test
    void answersLikeAnInMemoryIndexForTheFileThisProjectWrites() throws IOException {
        assertSameAnswers(written);
    }

    @Test
    void answersLikeAnInMemoryIndexForAGtmExtract() throws IOException {
        List<GlobalNode> collated = new ArrayList<>(nodes);
        collated.sort(SourceIndexTest::mumpsOrder);

        Path gtm = write("gtm.zwr", GTM_LABEL, collated, "\n");

        assertSameAnswers(gtm);
    }

    @Test
    void answersLikeAnInMemoryIndexForAUtf8ExtractWithNonAsciiValues() throws IOException {
        List<GlobalNode> accented = new ArrayList<>();
        for (GlobalNode node : nodes) {
            boolean zero = node.subscripts().size() == 2 && node.subscripts().get(1).equals("0");
            accented.add(zero ? new GlobalNode(node.global(), node.subscripts(), "ÉÑ€" + node.value()) : node);
        }
        accented.sort(SourceIndexTest::mumpsOrder);
        StringBuilder text = new StringBuilder(GTM_LABEL + " UTF-8\n" + GTM_DATE + "\n");
        for (GlobalNode node : accented) {
            text.append(ZwrSyntax.format(node).replace("\"_$C(201,209,8364)_\"", "ÉÑ€")
                    .replace("=$C(201,209,8364)_\"", "=\"ÉÑ€")).append('\n');
        }
        Path utf8 = dir.resolve("utf8.zwr");
        Files.writeString(utf8, text, StandardCharsets.UTF_8);

        assertThat(Files.readString(utf8, StandardCharsets.UTF_8)).contains("=\"ÉÑ€");
        assertSameAnswers(utf8);
    }

    @Test
    void answersLikeAnInMemoryIndexWhenEntriesAreScatteredRepeatedAndSeparatedByCrLf() throws IOException {
        List<GlobalNode> scrambled = new ArrayList<>(nodes);
        Random random = new Random(SEED);
        for (int i = 0; i < 500; i++) {
            GlobalNode node = scrambled.get(random.nextInt(scrambled.size()));
            scrambled.add(new GlobalNode(node.global(), node.subscripts(), node.value() + "^changed" + i));
        }
        Collections.shuffle(scrambled, random);

        Path scattered = write("scattered.zwr", "scrambled", scrambled, "\r\n\r\n");

        assertSameAnswers(scattered);
    }

    @Test
    void answersLikeAnInMemoryIndexForAFileWithoutHeaderOrFinalLineEnd() throws IOException {
        StringBuilder text = new StringBuilder();
        for (GlobalNode node : nodes.subList(0, 2000)) {
            text.append(ZwrSyntax.format(node)).append('\r');
        }
        Path bare = dir.resolve("bare.zwr");
        Files.writeString(bare, text.substring(0, text.length() - 1), StandardCharsets.ISO_8859_1);

        assertSameAnswers(bare);
    }

    @Test
    void namesTheLineOfAMalformedNodeAsTheStreamingReaderDoes() throws IOException {
        Path broken = dir.resolve("broken.zwr");
        Files.writeString(broken, GTM_LABEL + "\n" + GTM_DATE + "\n^DPT(1,0)=\"A^M\"\n\n^DPT(1,.11)=\"open\n");

        String expected = catchMessage(() -> {
            try (Stream<GlobalNode> stream = ZwrReader.nodes(broken)) {
                stream.forEach(node -> { });
            }
        });

        assertThat(expected).contains("line 5");
        assertThatThrownBy(() -> SourceIndex.read(broken)).isInstanceOf(InvalidInputException.class)
                .hasMessage(expected);
    }

    @Test
    void refusesQueriesOnceClosed() throws IOException {
        SourceIndex index = SourceIndex.read(written);
        index.close();

        assertThatThrownBy(() -> index.query(1)).isInstanceOf(UncheckedIOException.class);
    }

    private static void assertSameAnswers(Path zwr) throws IOException {
        SourceIndex plain;
        try (Stream<GlobalNode> stream = ZwrReader.nodes(zwr)) {
            plain = SourceIndex.of(stream.toList());
        }
        try (SourceIndex lean = SourceIndex.read(zwr)) {
            assertThat(lean.patients()).isEqualTo(plain.patients()).isNotEmpty();
            assertThat(lean.nodeCount()).isEqualTo(plain.nodeCount());
            long last = plain.patients().get(plain.patients().size() - 1);
            for (long dfn = -1; dfn <= last + 2; dfn++) {
                assertThat(lean.query(dfn)).as("query(%d) of %s", dfn, zwr.getFileName())
                        .isEqualTo(plain.query(dfn));
            }
            for (Address address : addresses(zwr)) {
                assertThat(lean.entry(address.file(), address.ien())).as("entry %s", address)
                        .isEqualTo(plain.entry(address.file(), address.ien()));
                assertThat(lean.entry(address.file(), address.ien() + 1_000_000)).isEmpty();
            }
            assertThat(lean.entry("NOSUCHFILE", 1)).isEmpty();
        }
    }

    private record Address(String file, long ien) implements Comparable<Address> {
        @Override
        public int compareTo(Address other) {
            int byFile = file.compareTo(other.file);
            return byFile != 0 ? byFile : Long.compare(ien, other.ien);
        }
    }

    private static TreeSet<Address> addresses(Path zwr) throws IOException {
        TreeSet<Address> addresses = new TreeSet<>();
        try (Stream<GlobalNode> stream = ZwrReader.nodes(zwr)) {
            stream.map(EntryKey::of).filter(key -> key != null)
                    .forEach(key -> addresses.add(new Address(key.file(), key.ien())));
        }
        assertThat(addresses).hasSizeGreaterThan(PATIENTS);
        return addresses;
    }

    private static Path write(String name, String label, List<GlobalNode> lines, String end) throws IOException {
        String headerEnd = end.startsWith("\r\n") ? "\r\n" : end;
        StringBuilder text = new StringBuilder(label + headerEnd + GTM_DATE + headerEnd);
        for (GlobalNode node : lines) {
            text.append(ZwrSyntax.format(node)).append(end);
        }
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.ISO_8859_1);
        return file;
    }

    /** GT.M's order: global name, then subscripts with numbers (by value) before strings and parents first. */
    private static int mumpsOrder(GlobalNode a, GlobalNode b) {
        int byGlobal = a.global().compareTo(b.global());
        if (byGlobal != 0) {
            return byGlobal;
        }
        for (int i = 0; i < Math.min(a.subscripts().size(), b.subscripts().size()); i++) {
            int bySubscript = SUBSCRIPT.compare(a.subscripts().get(i), b.subscripts().get(i));
            if (bySubscript != 0) {
                return bySubscript;
            }
        }
        return Integer.compare(a.subscripts().size(), b.subscripts().size());
    }

    private static final Comparator<String> SUBSCRIPT = (x, y) -> {
        boolean xNumber = ZwrSyntax.isCanonicalNumber(x);
        boolean yNumber = ZwrSyntax.isCanonicalNumber(y);
        if (xNumber && yNumber) {
            return new BigDecimal(x).compareTo(new BigDecimal(y));
        }
        return xNumber != yNumber ? (xNumber ? -1 : 1) : x.compareTo(y);
    };

    private interface Action {
        void run() throws IOException;
    }

    private static String catchMessage(Action action) throws IOException {
        try {
            action.run();
        } catch (InvalidInputException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected the streaming reader to refuse the file");
    }
}
