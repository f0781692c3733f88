package org.synthhealth.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.synthhealth.core.InvalidInputException;
import org.synthhealth.core.format.PublishGate;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Turns what went wrong into an exit status and one line on stderr. */
final class Failures {

    /** Exit status of a mistake in the input. */
    static final int USER_ERROR = 2;

    /** Exit status of a failure that is not the user's. */
    static final int INTERNAL_ERROR = 1;

    /** A run of text too long to show whole in one line: a value of thousands of digits quoted back. */
    private static final Pattern LONG_WORD = Pattern.compile("\\S{1000,}");
    private static final Pattern TABLE_FLAG = Pattern.compile("--(csv|parquet|both)\\b");
    /** picocli's "Missing required parameter for option '--seed' (<n>)": the option and its value's label. */
    private static final Pattern MISSING_VALUE = Pattern.compile("option '(--[a-z-]+)' \\((<[^>]+>)\\)");

    private Failures() {
    }

    static int onBadParameter(ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        String message = e.getMessage();
        boolean tableGroup = e instanceof CommandLine.MaxValuesExceededException
                && message.contains("--csv | --parquet | --both")
                || e instanceof CommandLine.MutuallyExclusiveArgsException && TABLE_FLAG.matcher(message).find();
        if (tableGroup) {
            // picocli names its option group; the user needs the rule.
            message = "--csv, --parquet and --both choose the table format: give one of them, once";
        }
        if (e instanceof CommandLine.MissingParameterException && message.startsWith("Missing required parameter")) {
            // picocli says what is missing; the user needs where it goes.
            message += "; give the value right after the option, for example " + example(message);
        }
        if (e instanceof CommandLine.OverwrittenOptionException) {
            message += "; give it once (a value on the command line already overrides the YAML)";
        }
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            if (!unmatched.getSuggestions().isEmpty()) {
                message += "; did you mean " + unmatched.getSuggestions().get(0) + "?";
            } else if (unmatched.getUnmatched().stream().noneMatch(argument -> argument.startsWith("-"))) {
                message += "; synth takes only options, so give each value after its option (for example "
                        + "--output-dir out)";
            }
        }
        err.println("synth: " + oneLine(message) + " (see synth --help)");
        err.flush();
        return USER_ERROR;
    }

    /** An example of the option a "Missing required parameter for option '--x' (<v>)" message names. */
    private static String example(String message) {
        Matcher option = MISSING_VALUE.matcher(message);
        if (!option.find()) {
            return "--num-records 1000";
        }
        String name = option.group(1);
        return name + " " + switch (name) {
            case "--num-records" -> "1000";
            case "--seed" -> "42";
            case "--workers" -> "4";
            case "--reference-date" -> "2026-01-01";
            case "--config" -> "config.yaml";
            case "--output-dir" -> "out";
            default -> option.group(2);
        };
    }

    static int onFailure(Exception thrown, CommandLine line, boolean verbose) {
        PrintWriter err = line.getErr();
        // The migration wraps its file errors; unwrapped, a report it cannot write is told like any other file.
        Exception e = thrown instanceof UncheckedIOException wrapped ? wrapped.getCause() : thrown;
        if (PublishGate.PROCESS.stopping()) {
            // Ctrl-C or SIGTERM: what failed is a consequence (its files were removed under it), not the cause.
            err.println("synth: stopped by a signal; the output folder holds either all of this run's tables "
                    + "or all of the earlier ones, never a mix");
            err.flush();
            return INTERNAL_ERROR;
        }
        if (e instanceof InvalidInputException) {
            err.println("synth: " + oneLine(e.getMessage()));
            err.flush();
            return USER_ERROR;
        }
        if (e instanceof AccessDeniedException denied) {
            err.println("synth: " + FileProblems.shown(denied.getFile())
                    + ": permission denied; choose a location you can write to");
            err.flush();
            return USER_ERROR;
        }
        if (e instanceof NoSuchFileException missing) {
            err.println("synth: " + FileProblems.shown(missing.getFile())
                    + ": no such file or directory; check the path");
            err.flush();
            return USER_ERROR;
        }
        Optional<FileProblems.Told> told = FileProblems.of(e);
        if (told.isPresent()) {
            err.println("synth: " + oneLine(told.get().line()));
            err.flush();
            return told.get().userError() ? USER_ERROR : INTERNAL_ERROR;
        }
        String what = e instanceof InternalFailure ? e.getMessage() : String.valueOf(e);
        err.println("synth: internal error: " + oneLine(what)
                + (verbose ? "" : " (run again with --verbose for the stack trace)"));
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return INTERNAL_ERROR;
    }

    /**
     * The message on one line, with any other control character (a NUL in a path) shown as its code and any word of
     * 1000 characters or more cut short.
     */
    static String oneLine(String message) {
        if (message == null) {
            return "";
        }
        String line = LONG_WORD.matcher(message.replaceAll("\\s*\\R\\s*", " ").strip())
                .replaceAll(m -> Matcher.quoteReplacement(m.group().substring(0, 80) + "...("
                        + m.group().length() + " characters)"));
        StringBuilder shown = new StringBuilder(line.length());
        line.chars().forEach(c -> shown.append(Character.isISOControl(c) && c != '\t'
                ? String.format(Locale.ROOT, "\\u%04X", c) : String.valueOf((char) c)));
        return shown.toString();
    }
}
