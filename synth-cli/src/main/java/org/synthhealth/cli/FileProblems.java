package org.synthhealth.cli;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in one line what a file error the operating system reported means for the user, for the errors that come from
 * where the output goes rather than from a fault of synth: a read-only file system, a file where a folder must be, a
 * full disk. Java reports them with the system's own words only, and they used to read as internal errors.
 */
final class FileProblems {

    /** A staged file's path: its folder, then {@code .<name>.partial}. */
    private static final Pattern STAGED = Pattern.compile("(.*/|)\\.(.+)\\.partial");

    /** What to print, and whether it is the user's to fix (exit 2) or the machine's (exit 1). */
    record Told(String line, boolean userError) {
    }

    private FileProblems() {
    }

    /**
     * The line for {@code thrown} or one of its causes, when that is one of the errors this class knows. File
     * operations give the file and the system's reason ({@link FileSystemException}); a write to an open file gives
     * the reason alone.
     */
    static Optional<Told> of(Throwable thrown) {
        // A writer thread's failure arrives wrapped, with the system's error as its cause.
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof IOException e) {
                Optional<Told> told = ofOne(e);
                if (told.isPresent()) {
                    return told;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Told> ofOne(IOException e) {
        FileSystemException fileError = e instanceof FileSystemException f ? f : null;
        String reason = fileError != null ? fileError.getReason() : e.getMessage();
        String file = fileError != null && fileError.getFile() != null ? shown(fileError.getFile()) : "";
        String where = file.isEmpty() ? "" : file + ": ";
        return switch (reason == null ? "" : reason) {
            case "Read-only file system" -> Optional.of(new Told(where + "the file system is read-only; choose an "
                    + "output directory (or report path) you can write to", true));
            case "Not a directory" -> Optional.of(new Told(notAFolder(file), true));
            case "Operation not permitted" -> Optional.of(new Told(where + "operation not permitted (an immutable "
                    + "file or folder, or another user's in a shared folder); fix that or choose another output "
                    + "directory", true));
            case "File name too long" -> Optional.of(new Told(where + "a name in this path is longer than the file "
                    + "system allows (255 bytes); choose a shorter one", true));
            case "No space left on device", "Disk quota exceeded" -> Optional.of(new Told(where
                    + reason.toLowerCase(Locale.ROOT) + "; free some space or write to another place, then run again "
                    + "(a file this run could not finish was not published)", false));
            default -> Optional.empty();
        };
    }

    /**
     * The output the user knows for {@code file}: a run writes {@code .<name>.partial} until it publishes, and a
     * message about it should name {@code <name>}.
     */
    static String shown(String file) {
        if (file == null) {
            return "a file";
        }
        Matcher staged = STAGED.matcher(file);
        return staged.matches() ? staged.group(1) + staged.group(2) : file;
    }

    /** The file standing where {@code file}'s path needs a folder, named so the user can move it. */
    private static String notAFolder(String file) {
        if (!file.isEmpty()) {
            // The first part of the path that exists and is not a folder is the one in the way.
            Path path = Path.of(file).toAbsolutePath();
            Path root = path.getRoot();
            Path reached = root;
            for (Path part : root == null ? path : root.relativize(path)) {
                reached = reached == null ? part : reached.resolve(part);
                if (!reached.equals(path) && Files.exists(reached, LinkOption.NOFOLLOW_LINKS)
                        && !Files.isDirectory(reached)) {
                    return reached + " is a file where synth needs a folder; move the file away or choose another "
                            + "path";
                }
            }
        }
        return file + ": a part of this path is a file, not a folder; choose another path";
    }
}
