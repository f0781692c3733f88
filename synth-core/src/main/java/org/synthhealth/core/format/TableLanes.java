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
 * <p>When the observations file is a {@link PreparedTableFile}, its rows are made ready on a third thread and written
 * on the second: in a warm JVM writing them was otherwise the one thread never waiting, and so the run's pace.
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
    private final List<BackgroundWriter<Patient>> lanes;

    private TableLanes(AtomicOutput output, List<BackgroundWriter<Patient>> lanes) {
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
        List<TableFile> light = new ArrayList<>();
        TableFile heavy = null;
        Path heavyTarget = null;
        try {
            for (Table<?> table : Tables.ALL) {
                StagedFile staged = output.stage(table.fileName(extension));
                TableFile file = opener.open(table, staged);
                if (table == Tables.OBSERVATIONS) {
                    heavy = file;
                    heavyTarget = staged.target();
                } else {
                    light.add(new NamedTableFile(file, staged.target()));
                }
            }
        } catch (IOException | RuntimeException | Error e) {
            // An Error too (out of memory while a writer allocates its buffers): no staged file may stay behind.
            new Lane(heavy == null ? List.of() : List.of(heavy)).closeQuietly(e);
            new Lane(light).closeQuietly(e);
            output.close();
            throw e;
        }
        BackgroundWriter<Patient> lightLane = BackgroundWriter.start(new Lane(light), QUEUED_PATIENTS,
                threadName + "-1");
        BackgroundWriter<Patient> heavyLane = heavy instanceof PreparedTableFile<?> prepared
                ? twoThreads(prepared, heavyTarget, threadName)
                : BackgroundWriter.start(new Lane(List.of(new NamedTableFile(heavy, heavyTarget))), QUEUED_PATIENTS,
                        threadName + "-2");
        List<BackgroundWriter<Patient>> lanes = List.of(lightLane, heavyLane);
        return new TableLanes(output, lanes);
    }

    @Override
    public void write(Patient patient) throws IOException {
        for (BackgroundWriter<Patient> lane : lanes) {
            lane.write(patient);
        }
    }

    @Override
    public void finish() throws IOException {
        for (BackgroundWriter<Patient> lane : lanes) {
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
        for (BackgroundWriter<Patient> lane : lanes) {
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

    /**
     * The lane of {@code file}: its rows made ready on a thread called {@code <threadName>-2}, which hands them to
     * {@code <threadName>-3} to write.
     */
    private static <P> BackgroundWriter<Patient> twoThreads(PreparedTableFile<P> file, Path target, String threadName) {
        BackgroundWriter<P> writing = BackgroundWriter.start(new BackgroundWriter.Sink<P>() {
            @Override
            public void write(P rows) throws IOException {
                NamedTableFile.naming(target, () -> file.writePrepared(rows));
            }

            @Override
            public void finish() throws IOException {
                NamedTableFile.naming(target, file::finish);
            }

            @Override
            public void close() throws IOException {
                file.close();
            }
        }, QUEUED_PATIENTS, threadName + "-3");
        return BackgroundWriter.start(new BackgroundWriter.Sink<Patient>() {
            @Override
            public void write(Patient patient) throws IOException {
                writing.write(file.prepare(patient));
            }

            @Override
            public void finish() throws IOException {
                writing.finish();
            }

            @Override
            public void close() throws IOException {
                writing.close();
            }
        }, QUEUED_PATIENTS, threadName + "-2");
    }

    /** The files one thread writes. */
    private static final class Lane implements BackgroundWriter.Sink<Patient> {

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
