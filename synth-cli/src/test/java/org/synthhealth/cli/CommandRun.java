package org.synthhealth.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the synth command: its exit status and what it printed. */
record CommandRun(int exitCode, String out, String err) {

    static CommandRun of(SynthCommand command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cli = SynthCommand.commandLine(command);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CommandRun(code, out.toString(), err.toString());
    }

    static CommandRun of(String... args) {
        return of(new SynthCommand(), args);
    }

    /** The lines printed on stderr. */
    long errLines() {
        return err.lines().count();
    }
}
