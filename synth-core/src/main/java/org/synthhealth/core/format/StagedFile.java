package org.synthhealth.core.format;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.UUID;
import org.synthhealth.core.InvalidInputException;

/**
 * One output file written under a temporary name beside its target and moved into place only on {@link #commit()}.
 *
 * <p>The temporary file is {@code .<name>.partial} (for a name too long for that, a digest of it) in the target's
 * directory, so the final move is an atomic rename on the same file system: a reader sees either the previous file or
 * the complete new one, never a half-written one. {@link #close()} without {@link #commit()} deletes the temporary
 * file. Inside a publication ({@link RenameJournal}) the file replaced keeps a second name until the publication ends.
 * Not thread-safe.
 */
public final class StagedFile implements AutoCloseable {

    private final Path target;
    private final Path temporary;
    private boolean committed;

    /** The longest file name, in UTF-8 bytes, that common file systems (ext4, XFS, APFS, NTFS) accept. */
    public static final int MAX_NAME_BYTES = 255;

    private StagedFile(Path target) {
        this.target = target;
        this.temporary = target.resolveSibling(temporaryName(target.getFileName().toString()));
    }

    /**
     * {@code .<name>.partial}, or, when that would be longer than a file name may be, a name made from a digest of
     * {@code name}: the same for the same name, so a later run still finds what a killed run left.
     */
    static String temporaryName(String name) {
        String plain = "." + name + ".partial";
        if (plain.getBytes(StandardCharsets.UTF_8).length <= MAX_NAME_BYTES) {
            return plain;
        }
        return "." + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)) + ".partial";
    }

    /** Stages {@code target}, removing a temporary file an earlier interrupted run may have left. */
    public static StagedFile of(Path target) throws IOException {
        Objects.requireNonNull(target, "target");
        StagedFile file = new StagedFile(target.toAbsolutePath());
        deleteLeftover(file.temporary, file.target);
        return file;
    }

    /** The temporary file {@code target} is written to until it is committed. */
    public static Path temporaryOf(Path target) {
        return new StagedFile(target.toAbsolutePath()).temporary;
    }

    /** Deletes the temporary file a killed run may have left for {@code target}, whether or not this run writes it. */
    public static void removeLeftover(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        deleteLeftover(new StagedFile(absolute).temporary, absolute);
        deleteLeftover(RenameJournal.previousOf(absolute), absolute);
    }

    /** Deletes a file this run keeps {@code target} under for a while; a folder of that name is the user's to move. */
    private static void deleteLeftover(Path leftover, Path target) throws IOException {
        if (Files.isDirectory(leftover, LinkOption.NOFOLLOW_LINKS)) {
            throw new InvalidInputException(leftover + " is a folder, but synth needs that name for a while as it "
                    + "writes " + target + "; move or delete the folder and run again");
        }
        Files.deleteIfExists(leftover);
    }

    /** The path the file will have once committed. */
    public Path target() {
        return target;
    }

    /** The temporary path to write to until {@link #commit()}. */
    public Path temporary() {
        return temporary;
    }

    /** Opens the temporary file for writing, creating or truncating it. The caller closes the stream. */
    public OutputStream openStream() throws IOException {
        return PublishGate.PROCESS.staging(() -> Files.newOutputStream(temporary, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE));
    }

    /**
     * Moves the temporary file onto the target in one atomic rename, replacing any previous target.
     *
     * <p>Close every stream on the temporary file first.
     */
    public void commit() throws IOException {
        if (committed) {
            return;
        }
        RenameJournal journal = RenameJournal.current();
        if (journal == null) {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } else {
            journal.replace(temporary, target);
        }
        committed = true;
    }

    /** Whether {@link #commit()} has moved the file into place. */
    public boolean committed() {
        return committed;
    }

    /** Deletes the temporary file unless it was committed. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            Files.deleteIfExists(temporary);
        }
    }
}
