package org.synthhealth.core.format;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.synthhealth.core.InvalidInputException;

/**
 * Keeps two runs from writing into one output directory at once: both would stage their files under the same
 * temporary names, and one could publish a file the other was still writing.
 *
 * <p>An operating-system lock on {@code .synth.lock} in the directory, held from the first file to the last and
 * released on {@link #close()}, which also removes the lock file. A lock left by a killed process is released by the
 * operating system, so a stale {@code .synth.lock} never blocks a later run.
 */
public final class OutputLock implements AutoCloseable {

    /** The lock file's name in the output directory. */
    public static final String FILE_NAME = ".synth.lock";

    /** Tries to find the current lock file; each retry means another run ended in between. */
    private static final int MAX_ATTEMPTS = 10;
    /** How many lengths a lock file's mark can have: a prime, so runs rarely share one. */
    private static final int MARK_LENGTHS = 65_521;
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks {@code directory}, which must exist.
     *
     * @throws InvalidInputException when another run, in this or another process, holds it
     */
    public static OutputLock acquire(Path directory) throws IOException {
        Path file = directory.resolve(FILE_NAME);
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            // A folder cannot be locked, a pipe would block the open, a link would lock (or create) a file elsewhere.
            throw new InvalidInputException("output_dir (--output-dir): " + file + " is not a regular file (a folder, "
                    + "link or pipe) but synth keeps its run lock there; delete it and run again");
        }
        for (int attempt = 1; ; attempt++) {
            FileChannel channel = open(file, directory);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            if (lock == null) {
                channel.close();
                throw new InvalidInputException("output_dir (--output-dir): another synth run is writing to "
                        + directory + "; wait for it to finish or choose another output directory");
            }
            boolean named;
            try {
                named = holdsThePath(file, channel);
                if (named) {
                    // Empty again: the mark was only for the check, and a stopped run may leave this file behind.
                    channel.truncate(0);
                }
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            if (named || attempt == MAX_ATTEMPTS) {
                HELD.add(directory.toAbsolutePath().normalize());
                return new OutputLock(file, channel, lock);
            }
            // The run before removed the file this one had opened and locked: lock the file the path names now.
            channel.close();
        }
    }

    private static FileChannel open(Path file, Path directory) throws IOException {
        try {
            return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
        } catch (AccessDeniedException e) {
            throw new InvalidInputException(Files.exists(file, LinkOption.NOFOLLOW_LINKS)
                    ? "output_dir (--output-dir): cannot open " + file + ", left by another user's run: permission "
                            + "denied; delete it and run again"
                    : "output_dir (--output-dir): cannot write in " + directory + ": permission denied; choose a "
                            + "folder you can write to", e);
        } catch (NoSuchFileException e) {
            // The folder exists (the caller made sure), yet no file can be made in it: /proc/1 and the like.
            throw new InvalidInputException("output_dir (--output-dir): cannot write in " + directory + ": no file "
                    + "can be created there; choose a folder you can write to", e);
        }
    }

    /**
     * Whether the locked {@code channel} is still the file {@code file} names. A run ending deletes its lock file
     * while holding it; a run that opened that file just before could lock it right after, and a third run would
     * then lock a new file of the same name. A length written through the channel and read back through the path
     * tells the two apart. Only the length: opening the path again and closing it would drop this process's lock,
     * since POSIX record locks belong to the process and go with any descriptor of the file that is closed.
     */
    static boolean holdsThePath(Path file, FileChannel channel) throws IOException {
        int length = 1 + Math.floorMod(31 * Long.hashCode(ProcessHandle.current().pid())
                + System.identityHashCode(channel), MARK_LENGTHS);
        channel.truncate(0);
        channel.write(ByteBuffer.allocate(length), 0);
        try {
            return Files.size(file) == length;
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    /** Whether this process holds the lock of {@code directory} now. */
    public static boolean heldHere(Path directory) {
        return HELD.contains(directory.toAbsolutePath().normalize());
    }

    @Override
    public void close() throws IOException {
        try {
            // Deleted while still held; a run that opened this file meanwhile and locks it next finds the path no
            // longer names it (holdsThePath) and tries again.
            Files.deleteIfExists(file);
            lock.release();
        } finally {
            HELD.remove(file.getParent().toAbsolutePath().normalize());
            channel.close();
        }
    }
}
