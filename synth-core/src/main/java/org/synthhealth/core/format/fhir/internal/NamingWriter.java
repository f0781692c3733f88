package org.synthhealth.core.format.fhir.internal;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * A writer whose failures name its file: a stream reports a full disk with the system's reason alone ("No space left
 * on device"), and the user needs to know which output ran into it.
 */
final class NamingWriter extends FilterWriter {

    private final Path target;

    NamingWriter(Writer out, Path target) {
        super(out);
        this.target = target;
    }

    @Override
    public void write(int c) throws IOException {
        try {
            out.write(c);
        } catch (IOException e) {
            throw named(e);
        }
    }

    @Override
    public void write(char[] text, int offset, int length) throws IOException {
        try {
            out.write(text, offset, length);
        } catch (IOException e) {
            throw named(e);
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        try {
            out.write(text, offset, length);
        } catch (IOException e) {
            throw named(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw named(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            out.close();
        } catch (IOException e) {
            throw named(e);
        }
    }

    private IOException named(IOException e) {
        if (e instanceof FileSystemException) {
            return e;
        }
        FileSystemException named = new FileSystemException(target.toString(), null, e.getMessage());
        named.initCause(e);
        return named;
    }
}
