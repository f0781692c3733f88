package org.synthhealth.core.format;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.synthhealth.core.format.table.Table;
import org.synthhealth.core.format.table.Tables;
import org.synthhealth.core.model.Patient;

/**
 * Writes one table format's files on two threads: observations (about seven rows in ten) on one, every other table
 * on the other, so neither thread alone limits the run and both cores stay busy. All files are committed together
 * once both threads have finished; a failure on either leaves none.
 *
 * <p>Each file is written by one thread in patient order, so its bytes do not depend on the thread split.
 */
public final class TableLanes implements FixtureWriter {

    /** Opens one table's file on a staged file; called on the caller's thread, in table order. */
    @FunctionalInterface
    public interface Opener {
        /** The file of {@code table}, written to {@code file}. */
        TableFile open(Table<?> table, StagedFile file) throws IOException;
    }

    private static final int QUEUED_PATIENTS = 64;

    private final AtomicOutput output;
    private final List<FixtureWriter> lanes;

    private TableLanes(AtomicOutput output, List<FixtureWriter> lanes) {
        this.output = output;
        this.lanes = lanes;
    }

    /**
     * Stages {@code <table>.<extension>} for every table in {@code outputDir}, opens each with {@code opener}, and
     * starts the threads, named after {@code threadName}.
     */
    public static TableLanes start(Path outputDir, String extension, String threadName, Opener opener)
            throws IOException {
        AtomicOutput output = AtomicOutput.in(outputDir);
        List<TableFile> heavy = new ArrayList<>();
        List<TableFile> light = new ArrayList<>();
        try {
            for (Table<?> table : Tables.ALL) {
                StagedFile staged = output.stage(table.fileName(extension));
                TableFile file = new NamedTableFile(opener.open(table, staged), staged.target());
                (table == Tables.OBSERVATIONS ? heavy : light).add(file);
            }
        } catch (IOException | RuntimeException | Error e) {
            // An Error too (out of memory while a writer allocates its buffers): no staged file may stay behind.
            new Lane(heavy).closeQuietly(e);
            new Lane(light).closeQuietly(e);
            output.close();
            throw e;
        }
        List<FixtureWriter> lanes = List.of(
                BackgroundWriter.start(new Lane(light), QUEUED_PATIENTS, threadName + "-1"),
                BackgroundWriter.start(new Lane(heavy), QUEUED_PATIENTS, threadName + "-2"));
        return new TableLanes(output, lanes);
    }

    @Override
    public void write(Patient patient) throws IOException {
        for (FixtureWriter lane : lanes) {
            lane.write(patient);
        }
    }

    @Override
    public void finish() throws IOException {
        for (FixtureWriter lane : lanes) {
            lane.finish();
        }
    }

    @Override
    public void commit() throws IOException {
        output.commitAll();
    }

    @Override
    public void close() throws IOException {
        Throwable failure = null;
        for (FixtureWriter lane : lanes) {
            try {
                lane.close();
            } catch (IOException | RuntimeException | Error e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        // Deletes the temporary files unless commit() moved them into place, even after a lane failed to close.
        output.close();
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
    }

    /** The files one thread writes. */
    private static final class Lane implements FixtureWriter {

        private final List<TableFile> files;
        private boolean finished;

        Lane(List<TableFile> files) {
            this.files = files;
        }

        @Override
        public void write(Patient patient) throws IOException {
            for (TableFile file : files) {
                file.write(patient);
            }
        }

        @Override
        public void finish() throws IOException {
            for (TableFile file : files) {
                file.finish();
            }
            finished = true;
        }

        @Override
        public void close() throws IOException {
            if (!finished) {
                closeQuietly(null);
            }
        }

        void closeQuietly(Throwable cause) {
            for (TableFile file : files) {
                try {
                    file.close();
                } catch (IOException | RuntimeException | Error e) {
                    if (cause != null) {
                        cause.addSuppressed(e);
                    }
                }
            }
        }
    }
}
