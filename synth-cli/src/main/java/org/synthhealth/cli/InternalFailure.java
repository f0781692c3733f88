package org.synthhealth.cli;

/**
 * An {@link Error} raised during a run (out of memory, a native library that cannot load), carried as an exception
 * so that it is reported like any other internal failure: one line, the stack trace only with {@code --verbose}.
 */
final class InternalFailure extends Exception {

    private static final long serialVersionUID = 1L;

    InternalFailure(Error cause) {
        super(describe(cause), cause);
    }

    private static String describe(Error error) {
        if (error instanceof OutOfMemoryError) {
            return "ran out of memory (" + error.getMessage() + "); give Java more heap, for example "
                    + "SYNTH_JAVA_OPTS=-Xmx4g, or generate fewer patients per run";
        }
        String text = String.valueOf(error);
        if (text.toLowerCase(java.util.Locale.ROOT).contains("snappy")) {
            return text + "; Parquet's Snappy codec unpacks a native library into java.io.tmpdir ("
                    + System.getProperty("java.io.tmpdir") + "), which must be writable and allow execution";
        }
        return text;
    }
}
