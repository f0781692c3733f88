package org.synthhealth.core.format.vista;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.synthhealth.core.InvalidInputException;

/**
 * Reads a ZWR file (as written by {@code mupip extract -format=zwr}, GT.M's {@code ZWRITE} or {@link VistaFormat})
 * as a stream of {@link GlobalNode}s, in file order, without loading the file into memory.
 *
 * <p>The first two lines are taken as the header when the second ends with {@code ZWR}; blank lines are skipped.
 * Quoted strings, doubled quotes, {@code $C()} / {@code $ZCH()} concatenation and bare numbers are understood (see
 * {@link ZwrSyntax}). A malformed line throws {@link InvalidInputException} naming the file and line.
 *
 * <p>Example:
 * <pre>{@code
 * try (Stream<GlobalNode> nodes = ZwrReader.nodes(Path.of("out/vista_globals.zwr"))) {
 *     long patients = nodes.filter(n -> n.global().equals("DPT") && n.subscripts().size() == 2
 *             && n.subscripts().get(1).equals("0")).count();
 * }
 * }</pre>
 */
public final class ZwrReader {

    private ZwrReader() {
    }

    /** The header of {@code file}, when its second line ends with {@code ZWR}. */
    public static Optional<ZwrHeader> header(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String label = in.readLine();
            String dateLine = in.readLine();
            if (label == null || dateLine == null || !dateLine.stripTrailing().toUpperCase(java.util.Locale.ROOT)
                    .endsWith("ZWR")) {
                return Optional.empty();
            }
            return Optional.of(new ZwrHeader(label, dateLine));
        }
    }

    /** Every node of {@code file} in file order. Close the stream to close the file. */
    public static Stream<GlobalNode> nodes(Path file) throws IOException {
        boolean hasHeader = header(file).isPresent();
        BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        try {
            NodeIterator iterator = new NodeIterator(in, file, hasHeader);
            Spliterator<GlobalNode> split = Spliterators.spliteratorUnknownSize(iterator,
                    Spliterator.ORDERED | Spliterator.NONNULL);
            return StreamSupport.stream(split, false).onClose(() -> closeQuietly(in));
        } catch (RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private static void closeQuietly(BufferedReader in) {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Pulls lines one at a time, skipping the header and blank lines. */
    private static final class NodeIterator implements Iterator<GlobalNode> {
        private final BufferedReader in;
        private final Path file;
        private int lineNumber;
        private GlobalNode next;

        NodeIterator(BufferedReader in, Path file, boolean skipHeader) {
            this.in = in;
            this.file = file;
            if (skipHeader) {
                readLine();
                readLine();
            }
            advance();
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public GlobalNode next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            GlobalNode current = next;
            advance();
            return current;
        }

        private void advance() {
            next = null;
            String line;
            while ((line = readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    next = ZwrSyntax.parse(line.stripTrailing());
                    return;
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException(file + ": line " + lineNumber + ": not a ZWR node, "
                            + e.getMessage() + "; fix or remove the line");
                }
            }
        }

        private String readLine() {
            try {
                lineNumber++;
                return in.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
