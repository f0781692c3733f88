package org.synthhealth.core.format;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.synthhealth.core.InvalidInputException;

/**
 * The renames of one publication on this thread, so that a rename failing part-way (a file another user owns in a
 * shared folder, an immutable file, a mount point) puts back every file the publication had already replaced: the
 * folder then holds all of the earlier run's files, not some of each.
 *
 * <p>Before a file is replaced, the one it replaces moves aside to {@code .<name>.previous}; a completed publication
 * removes those, a failed one renames them back.
 * Outside a publication {@link StagedFile#commit()} renames as it always did.
 */
public final class RenameJournal {

    private static final ThreadLocal<RenameJournal> CURRENT = new ThreadLocal<>();

    private final List<Path[]> replaced = new ArrayList<>();

    private RenameJournal() {
    }

    /** Starts journaling the commits of this thread. */
    public static RenameJournal begin() {
        RenameJournal journal = new RenameJournal();
        CURRENT.set(journal);
        return journal;
    }

    /** The journal of this thread's publication, or null outside one. */
    static RenameJournal current() {
        return CURRENT.get();
    }

    /** The second name an earlier file keeps while a publication replaces it. */
    static Path previousOf(Path target) {
        String name = StagedFile.temporaryName(target.getFileName().toString());
        return target.resolveSibling(name.substring(0, name.length() - ".partial".length()) + ".previous");
    }

    /** Moves {@code temporary} onto {@code target}, keeping what it replaces until the publication ends. */
    void replace(Path temporary, Path target) throws IOException {
        Path previous = null;
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new InvalidInputException("output_dir (--output-dir): " + target + " is a folder where synth writes "
                    + "a file; the earlier files are left as they were; move the folder away or choose another output "
                    + "directory");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            previous = previousOf(target);
            Files.deleteIfExists(previous);
            // Moved aside, not linked: a file this run may not rename (another user's in a shared folder, an
            // immutable one) is then found before anything changed, and nothing is left that the user cannot
            // remove. Its name is missing for the moment between the two renames.
            try {
                Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileSystemException e) {
                throw cannotReplace(target, e);
            }
        }
        replaced.add(new Path[] {target, previous});
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (FileSystemException e) {
            throw cannotReplace(target, e);
        }
    }

    /** Ends the publication: the earlier files' second names go. Best effort; they are hidden files. */
    public void complete() {
        CURRENT.remove();
        for (Path[] entry : replaced) {
            if (entry[1] != null) {
                try {
                    Files.deleteIfExists(entry[1]);
                } catch (IOException e) {
                    // A stray hidden file; the next run into this folder removes it.
                }
            }
        }
    }

    /** Undoes the publication, newest first, adding whatever cannot be undone to {@code failure}. */
    public void rollBack(Throwable failure) {
        CURRENT.remove();
        for (int i = replaced.size() - 1; i >= 0; i--) {
            Path target = replaced.get(i)[0];
            Path previous = replaced.get(i)[1];
            try {
                if (previous == null) {
                    Files.deleteIfExists(target);
                } else if (Files.exists(previous, LinkOption.NOFOLLOW_LINKS)) {
                    Files.move(previous, target, StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException | RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
    }

    /**
     * Throws the error for a rename that failed: the user's to fix (exit 2, naming the file) unless the disk or its
     * quota is full, which stays the machine's. It always throws; the return type lets callers write {@code throw}.
     */
    private static IOException cannotReplace(Path target, FileSystemException e) throws IOException {
        if ("No space left on device".equals(e.getReason()) || "Disk quota exceeded".equals(e.getReason())) {
            throw e;
        }
        String reason = e.getReason() == null ? e.getClass().getSimpleName()
                : e.getReason().toLowerCase(Locale.ROOT);
        throw new InvalidInputException("output_dir (--output-dir): " + target + " cannot be replaced (" + reason
                + "; it may belong to another user of a shared folder, be immutable or be a mount point); the "
                + "earlier files are left as they were; delete it or choose another output directory", e);
    }
}
