package org.synthhealth.core;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The folders a run finds in its output folder when it starts, so that a failed run can remove the format folders
 * it created ({@code fhir/}, {@code hl7/}) and left empty. Folders that were there before are never touched.
 */
final class NewFolders {

    private final Path dir;
    private final Set<Path> before;

    private NewFolders(Path dir, Set<Path> before) {
        this.dir = dir;
        this.before = before;
    }

    /** Notes the folders now in {@code dir}. */
    static NewFolders in(Path dir) throws IOException {
        return new NewFolders(dir, folders(dir));
    }

    /**
     * Removes each folder created since {@link #in} that is empty. Best effort: the run has already failed, and a
     * folder that cannot be removed is left as it is rather than hiding the failure.
     */
    void removeEmpty() {
        try {
            for (Path folder : folders(dir)) {
                if (!before.contains(folder)) {
                    try {
                        Files.deleteIfExists(folder);
                    } catch (DirectoryNotEmptyException e) {
                        // Holds something after all (a file another program put there); it stays.
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // Listing or deleting failed; the failure of the run is what the caller reports.
        }
    }

    private static Set<Path> folders(Path dir) throws IOException {
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).collect(Collectors.toSet());
        }
    }
}
