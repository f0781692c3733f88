package org.synthhealth.core.migration.internal.extract;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a byte range of a ZWR file into lines with their byte offsets, as {@link java.io.BufferedReader#readLine()}
 * splits them ({@code \n}, {@code \r} or {@code \r\n} end a line). Lines are decoded as ISO-8859-1, one character per
 * byte, or as UTF-8 for extracts made in UTF-8 mode; line ends are single bytes in both, so offsets stay exact.
 * Reads with positional reads only, so several scans may share one channel.
 */
final class ZwrLines {

    private static final int BUFFER = 1 << 20;

    /** Receives each line of a scan in file order. */
    interface Sink {
        /**
         * One line.
         *
         * @param offset the byte offset of the line's first byte in the file
         * @param length the line's length in bytes, without its terminator
         * @param number the line's number counted from the first line of the scan, from 1
         */
        void line(long offset, int length, String text, long number);
    }

    private final FileChannel channel;
    private final boolean utf8;

    ZwrLines(FileChannel channel, boolean utf8) {
        this.channel = channel;
        this.utf8 = utf8;
    }

    /** Scans the bytes from {@code from} (a line start) to {@code to}; a last line without terminator counts. */
    void scan(long from, long to, Sink sink) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(BUFFER, Math.max(1, to - from)));
        byte[] bytes = buffer.array();
        byte[] carry = new byte[0];
        int carried = 0;
        long lineStart = from;
        long number = 0;
        boolean afterCr = false;
        long position = from;
        while (position < to) {
            buffer.clear();
            buffer.limit((int) Math.min(buffer.capacity(), to - position));
            int read = channel.read(buffer, position);
            if (read < 0) {
                break;
            }
            int start = 0;
            for (int i = 0; i < read; i++) {
                byte b = bytes[i];
                if (b != '\n' && b != '\r') {
                    afterCr = false;
                    continue;
                }
                if (b == '\n' && afterCr && i == start && carried == 0) {
                    afterCr = false;
                    start = i + 1;
                    lineStart = position + i + 1;
                    continue;
                }
                afterCr = b == '\r';
                String text;
                int length;
                if (carried > 0) {
                    carry = append(carry, carried, bytes, start, i - start);
                    length = carried + i - start;
                    text = decode(carry, 0, length);
                    carried = 0;
                } else {
                    length = i - start;
                    text = decode(bytes, start, length);
                }
                sink.line(lineStart, length, text, ++number);
                start = i + 1;
                lineStart = position + i + 1;
            }
            if (start < read) {
                carry = append(carry, carried, bytes, start, read - start);
                carried += read - start;
            }
            position += read;
        }
        if (carried > 0) {
            sink.line(lineStart, carried, decode(carry, 0, carried), ++number);
        }
    }

    private static byte[] append(byte[] carry, int carried, byte[] bytes, int start, int count) {
        byte[] out = carry.length >= carried + count ? carry : Arrays.copyOf(carry, Math.max(256,
                (carried + count) * 2));
        System.arraycopy(bytes, start, out, carried, count);
        return out;
    }

    private String decode(byte[] bytes, int start, int length) {
        if (!utf8) {
            return new String(bytes, start, length, StandardCharsets.ISO_8859_1);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, start, length))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
