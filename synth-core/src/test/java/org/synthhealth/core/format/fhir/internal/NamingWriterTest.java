package org.synthhealth.core.format.fhir.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class NamingWriterTest {

    /** A disk that is full: every write fails with the system's reason and no file. */
    private static final Writer FULL = new Writer() {
        @Override
        public void write(char[] text, int offset, int length) throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void flush() throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void close() {
        }
    };

    @Test
    void aWriteThatFailsNamesTheFileItWasFor() {
        Writer writer = new NamingWriter(FULL, Path.of("out/fhir/Patient.ndjson"));

        assertThatThrownBy(() -> writer.write("{}")).isInstanceOf(FileSystemException.class)
                .hasMessage("out/fhir/Patient.ndjson: No space left on device");
        assertThatThrownBy(writer::flush).isInstanceOf(FileSystemException.class)
                .hasMessage("out/fhir/Patient.ndjson: No space left on device");
    }
}
