package org.synthhealth.cli;

import java.nio.file.Path;
import org.synthhealth.core.config.PathText;
import picocli.CommandLine;

/** Reads path options as the YAML reads path keys: {@code ~} is home; a file name may not end with a slash. */
final class PathArguments {

    private PathArguments() {
    }

    /** A folder option such as {@code --output-dir}. */
    static final class Folder implements CommandLine.ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            try {
                return PathText.folder(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** A file option; a trailing slash is refused, suggesting {@code example} inside that folder. */
    abstract static class File implements CommandLine.ITypeConverter<Path> {
        private final String example;

        File(String example) {
            this.example = example;
        }

        @Override
        public Path convert(String value) {
            return file(value, example);
        }
    }

    /** The generation report. */
    static final class ReportFile extends File {
        ReportFile() {
            super("report.txt");
        }
    }

    /** The migration report; the JSON twin takes the same name with {@code .json}. */
    static final class MigrationReport extends File {
        MigrationReport() {
            super("mig.txt");
        }
    }

    /** The HTML report. */
    static final class HtmlReport extends File {
        HtmlReport() {
            super("report.html");
        }
    }

    /** The YAML configuration. */
    static final class ConfigFile extends File {
        ConfigFile() {
            super("config.yaml");
        }
    }

    /** The GT.M global directory; an empty one is left to the migration's own check, which explains what it is. */
    static final class GlobalDirectory extends File {
        GlobalDirectory() {
            super("synth.gld");
        }

        @Override
        public Path convert(String value) {
            return value.isBlank() ? Path.of(value) : super.convert(value);
        }
    }

    private static Path file(String value, String example) {
        try {
            return PathText.file(value, example);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
