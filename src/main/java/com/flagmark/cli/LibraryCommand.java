package com.flagmark.cli;

import com.flagmark.library.Library;
import com.flagmark.library.LibraryLocation;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every subcommand shares: the library the root command's {@code --library} names, opened
 * for the length of the command, and the stream it prints to.
 */
abstract class LibraryCommand implements Runnable {

    @ParentCommand
    Cli root;

    @Spec
    CommandSpec spec;

    @Override
    public final void run() {
        Path file = root.library != null ? root.library : LibraryLocation.defaultFile();
        try (Library library = Library.open(file)) {
            run(library, spec.commandLine().getOut());
        }
    }

    /** Does the command's work on the open library, printing to {@code out}. */
    abstract void run(Library library, PrintWriter out);
}
