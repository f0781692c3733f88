package org.synthhealth.core.config;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The file that a path reaches when written, even when parts of the path do not exist yet.
 *
 * <p>The path is absolute and walked one name at a time, as the operating system does: a symbolic link is followed
 * wherever it stands (in a folder or in the last name, even when its target is missing), and {@code ..} leaves the
 * folder reached so far, not the name written before it. Names that do not exist yet are appended as they are, so
 * {@code out/new/../report.txt} reaches {@code out/report.txt} before {@code out/new} is created, and two paths that
 * reach the same file through a linked folder give the same result.
 */
public final class RealPath {

    /** Linux gives up after 40 links while resolving one path; so does this class, rather than loop forever. */
    private static final int MAX_LINKS = 40;

    private RealPath() {
    }

    /**
     * The absolute, link-free path that writing {@code path} reaches; it may not exist.
     *
     * @throws IOException when a link cannot be read or the links form a loop
     */
    public static Path of(Path path) throws IOException {
        int[] links = {0};
        return walk(path.toAbsolutePath(), links);
    }

    private static Path walk(Path absolute, int[] links) throws IOException {
        Path reached = absolute.getRoot();
        for (Path name : absolute) {
            String part = name.toString();
            if (part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                reached = reached.getParent() == null ? reached : reached.getParent();
                continue;
            }
            Path next = reached.resolve(part);
            if (Files.isSymbolicLink(next)) {
                if (++links[0] > MAX_LINKS) {
                    throw new FileSystemException(absolute.toString(), null, "too many levels of symbolic links");
                }
                next = walk(reached.resolve(Files.readSymbolicLink(next)), links);
            }
            reached = next;
        }
        return reached;
    }
}
