package org.synthhealth.core.config;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.synthhealth.core.InvalidInputException;
import org.synthhealth.core.format.StagedFile;

/**
 * Writes a small file so that readers see either the old file or the complete new one, never a partial file.
 *
 * <p>When the target's last component is a symbolic link, the link's target is written and the link is kept: the
 * temporary file is moved onto the file the link points to, not onto the link. Failures name the target the caller
 * gave, never the temporary file, because that is the path the user knows.
 */
public final class AtomicFile {

    /** Linux gives up after 40 links in a row; so does this class, rather than follow a loop forever. */
    private static final int MAX_LINKS = 40;

    private AtomicFile() {
    }

    /** Writes {@code bytes} to a temporary file beside {@code target} (or beside its link target), then moves it. */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path file = throughLinks(target);
        if (Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file)) {
            // Renaming onto it would put a regular file where a device or pipe was (/dev/null, say).
            throw new InvalidInputException(target + " is not a regular file (a device, pipe or socket); give a "
                    + "path to a file");
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (StagedFile staged = StagedFile.of(file); OutputStream out = staged.openStream()) {
                out.write(bytes);
                out.close();
                staged.commit();
            }
        } catch (IOException e) {
            throw naming(target, e);
        }
    }

    /**
     * The file that writing {@code path} reaches: {@code path} itself, or, while it is a symbolic link, what the link
     * points to (a relative link is resolved against the link's folder). The result may not exist yet.
     */
    public static Path throughLinks(Path path) throws IOException {
        Path current = path.toAbsolutePath();
        for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(current); i++) {
            current = current.resolveSibling(Files.readSymbolicLink(current)).normalize();
        }
        return current;
    }

    /** The same failure, told about {@code target} with the reason the file system gave. */
    private static IOException naming(Path target, IOException e) {
        String reason = e instanceof FileSystemException fs
                ? (fs.getReason() != null ? fs.getReason() : words(e.getClass().getSimpleName()))
                : String.valueOf(e.getMessage());
        IOException renamed;
        if (e instanceof AccessDeniedException) {
            renamed = new AccessDeniedException(target.toString(), null, reason);
        } else if (e instanceof NoSuchFileException) {
            renamed = new NoSuchFileException(target.toString(), null, reason);
        } else {
            renamed = new FileSystemException(target.toString(), null, reason);
        }
        renamed.initCause(e);
        return renamed;
    }

    /** {@code DirectoryNotEmptyException} as "directory not empty": the kind of failure without the file it named. */
    private static String words(String exceptionName) {
        return exceptionName.replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}
