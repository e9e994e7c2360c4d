package com.flagmark.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What one command printed and returned, run in the test's own Java as {@code flagmark ARGS}.
 *
 * @param status the exit status
 * @param out what it printed on the standard output
 * @param err what it printed on the error stream
 */
record CliRun(int status, String out, String err) {

    /** Runs {@code args} as the command line would, handing a request for the window to {@code desktop}. */
    static CliRun of(Consumer<Optional<Path>> desktop, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.run(args, desktop, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(status, out.toString(), err.toString());
    }
}
