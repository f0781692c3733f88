package org.synthhealth.core.config;

import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a path the user typed, in YAML or on the command line, the same way in both: a leading {@code ~} means the
 * home directory (a YAML file is not expanded by any shell), and a file name that ends with a slash is refused,
 * because {@link Path} would silently drop the slash and write a file where the user meant a folder.
 */
public final class PathText {

    private PathText() {
    }

    /**
     * A folder path. {@code ~} and {@code ~/x} are the home directory and a folder in it.
     *
     * @throws IllegalArgumentException naming the problem and the fix, for text that is empty, names another user's
     *                                  home ({@code ~bob/x}) or is not a path on this system
     */
    public static Path folder(String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("is empty; give a folder such as out");
        }
        return parse(text);
    }

    /**
     * A file path, as {@link #folder} reads it, that must not end with a slash.
     *
     * @param example a file name the error message suggests, such as {@code report.txt}
     */
    public static Path file(String text, String example) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("is empty; give a file name such as " + example);
        }
        if (text.endsWith("/") || text.endsWith(File.separator)) {
            throw new IllegalArgumentException("\"" + text + "\" ends with a slash, so it names a folder; give a "
                    + "file name such as " + text + example);
        }
        return parse(text);
    }

    /** The home folder a shell would use: {@code $HOME}, or Java's {@code user.home} where it is not set. */
    static String home() {
        String home = System.getenv("HOME");
        return home == null || home.isBlank() ? System.getProperty("user.home") : home;
    }

    private static Path parse(String text) {
        if (text.indexOf('\uFFFD') >= 0) {
            // Java decodes arguments as UTF-8 and turns bytes that are not into U+FFFD; the path would name a
            // different file than the one typed.
            throw new IllegalArgumentException("\"" + text + "\" holds bytes that are not UTF-8 text (shown as "
                    + "\uFFFD), which Java cannot pass on unchanged; rename that folder or file in UTF-8, or choose "
                    + "another path");
        }
        String expanded = text;
        if (text.equals("~") || text.startsWith("~/") || text.startsWith("~" + File.separator)) {
            expanded = home() + text.substring(1);
        } else if (text.startsWith("~")) {
            throw new IllegalArgumentException("\"" + text + "\": only ~ and ~/ are expanded, to your own home "
                    + "folder; give the full path");
        }
        try {
            return Path.of(expanded);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a usable path (" + e.getReason() + "); "
                    + fix(e.getReason(), System.getProperty("sun.jnu.encoding", "UTF-8")));
        }
    }

    /**
     * The fix for a path Java cannot turn into a file name: under a locale whose character set is not UTF-8 (the C
     * locale's ASCII), a name with other letters cannot be represented at all.
     */
    static String fix(String reason, String fileNameCharset) {
        boolean utf8 = fileNameCharset.toUpperCase(Locale.ROOT).replace("-", "").equals("UTF8");
        if (utf8 || reason == null || !reason.contains("unmappable")) {
            return "give a plain path such as out";
        }
        return "the locale's character set (" + fileNameCharset + ") cannot hold this name; run with "
                + "LC_ALL=C.UTF-8 (or another UTF-8 locale)";
    }
}
