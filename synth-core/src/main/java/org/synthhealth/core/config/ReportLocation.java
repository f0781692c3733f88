package org.synthhealth.core.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.synthhealth.core.InvalidInputException;
import org.synthhealth.core.format.OutputLock;
import org.synthhealth.core.format.StagedFile;

/**
 * Checks, before any work, that a report can be written where the user asked, so a bad path fails in one line
 * instead of after every fixture file was written.
 *
 * <p>A report path that exists must be a regular file: a device, pipe, socket or directory would be replaced by the
 * report's atomic rename. A symbolic link is followed (see {@link AtomicFile}), so a link to a regular file is fine
 * and a link to a device is refused. The path is checked where the write will land ({@link RealPath}), so
 * {@code out/new/../report.txt} is checked as {@code out/report.txt} even before {@code out/new} exists. The folder
 * that will hold the report is tested by creating and deleting a probe file in it, the only test that catches places
 * like {@code /proc} that look writable but are not.
 */
public final class ReportLocation {

    private ReportLocation() {
    }

    /**
     * Refuses a report path as the user gave it when it names no file (empty, {@code .}, {@code ..}) or is named like
     * the temporary files outputs are staged in ({@code .name.partial}) or the run's lock file ({@code .synth.lock}).
     *
     * @param setting how the user gave the path, such as {@code report_file (--report-file)}
     * @throws InvalidInputException naming {@code setting}, the path and the fix
     */
    public static void checkName(String setting, Path given) {
        String text = given.toString();
        Path name = given.getFileName();
        if (text.isBlank()) {
            throw new InvalidInputException(setting + ": is empty; give a file name such as " + example(setting));
        }
        if (name == null || name.toString().equals(".") || name.toString().equals("..")) {
            throw new InvalidInputException(setting + ": " + text + " names a folder, not a file; give a file name "
                    + "such as " + example(setting));
        }
        String last = name.toString();
        int bytes = last.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > StagedFile.MAX_NAME_BYTES) {
            throw new InvalidInputException(setting + ": the file name is " + bytes + " bytes long, and file systems "
                    + "allow at most " + StagedFile.MAX_NAME_BYTES + "; choose a shorter name");
        }
        if (last.startsWith(".") && (last.endsWith(".partial") || last.endsWith(".previous"))) {
            throw new InvalidInputException(setting + ": " + text + " is named like the temporary files outputs are "
                    + "staged in (.name.partial, .name.previous); choose another name");
        }
        if (last.equals(OutputLock.FILE_NAME)) {
            throw new InvalidInputException(setting + ": " + text + " is the lock file synth keeps in a folder while "
                    + "it writes there, and removes at the end of the run; choose another name");
        }
    }

    /**
     * Refuses a migration report named {@code .json}: the name is the text report's, and the JSON report goes beside
     * it under the same name with the extension {@code .json}.
     *
     * @param setting how the user gave the path, such as {@code migration_report (--migration-report)}
     * @throws InvalidInputException naming {@code setting}, the path and a text name to give instead
     */
    public static void refuseJsonName(String setting, Path text) {
        Path file = text.getFileName();
        String name = file == null ? "" : file.toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".json")) {
            String base = name.substring(0, name.length() - ".json".length());
            throw new InvalidInputException(setting + ": " + text + " names the text report, and the JSON report goes "
                    + "beside it with the extension .json; give a text name such as "
                    + (base.isEmpty() ? "migration" : base) + ".txt");
        }
    }

    /** A file name to suggest for the report {@code setting} names: the HTML report is a page, the others text. */
    private static String example(String setting) {
        return setting.contains("html") ? "report.html" : "report.txt";
    }

    /**
     * Refuses {@code file} unless a report can be written there.
     *
     * @param setting how the user gave the path, such as {@code report_file (--report-file)}
     * @param outputDir the run's output directory, which may not exist yet but will be a folder
     * @throws InvalidInputException naming {@code setting}, the path and the fix
     */
    public static void check(String setting, Path file, Path outputDir) {
        // Asked of the path itself, before its links are followed: /dev/stdout leads through /proc/self/fd/1 to a
        // pipe whose "target" (pipe:[1234]) names no file, yet the system still opens it as the pipe.
        if (Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file)) {
            throw notARegularFile(setting, file);
        }
        Path reached;
        Path folder;
        try {
            reached = RealPath.of(file);
            folder = RealPath.of(outputDir);
        } catch (IOException e) {
            throw new InvalidInputException(setting + ": cannot follow the link " + file + " (" + e.getMessage()
                    + "); give a path to a file", e);
        }
        if (reached.equals(folder) || folder.startsWith(reached)) {
            throw new InvalidInputException(setting + ": " + file + " is the output directory " + outputDir
                    + (reached.equals(folder) ? "" : " or a folder that holds it") + "; give a file name inside it, "
                    + "for example " + outputDir.resolve(example(setting)));
        }
        if (Files.isDirectory(reached)) {
            throw new InvalidInputException(setting + ": " + file + " is a directory; give a file name inside it, "
                    + "for example " + file.resolve(example(setting)));
        }
        if (Files.exists(reached) && !Files.isRegularFile(reached)) {
            throw notARegularFile(setting, file);
        }
        probe(setting, file, reached.getParent());
    }

    private static InvalidInputException notARegularFile(String setting, Path file) {
        return new InvalidInputException(setting + ": " + file + " is not a regular file (a device, pipe or socket); "
                + "give a path to a file");
    }

    /** Creates and deletes a file in the nearest existing folder of {@code folder}, which the write will create. */
    private static void probe(String setting, Path file, Path folder) {
        Path existing = folder;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return;
        }
        if (!Files.isDirectory(existing)) {
            throw new InvalidInputException(setting + ": cannot write " + file + " because " + existing
                    + " is not a directory; choose another path");
        }
        try {
            Files.delete(Files.createTempFile(existing, ".synth-probe-", ".tmp"));
        } catch (AccessDeniedException e) {
            throw new InvalidInputException(setting + ": cannot write " + file + ": permission denied in "
                    + existing + "; choose a folder you can write to", e);
        } catch (IOException e) {
            String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                    : e instanceof NoSuchFileException ? "no such file or directory" : e.toString();
            throw new InvalidInputException(setting + ": cannot write " + file + ": no file can be created in "
                    + existing + " (" + reason + "); choose a folder you can write to", e);
        }
    }
}
