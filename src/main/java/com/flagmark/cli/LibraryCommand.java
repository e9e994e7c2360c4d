package com.flagmark.cli;

import com.flagmark.usecase.LibraryCare;
import com.flagmark.usecase.LibrarySession;
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
        Path file = root.library != null ? root.library : LibrarySession.defaultFile();
        try (LibrarySession session = createsLibrary() ? LibrarySession.open(file, coder())
                : LibrarySession.openExisting(file, coder())) {
            if (writes()) {
                LibraryCare.of(session).prepareToWrite();
            }
            run(session, spec.commandLine().getOut());
        }
    }

    /** Tells whether the command creates the library when there is none: only {@code import} does. */
    boolean createsLibrary() {
        return false;
    }

    /**
     * Tells whether the command changes the library: if so, the library is checked first (a
     * damaged one is refused) and backed up if its daily backup is due.
     */
    boolean writes() {
        return false;
    }

    /** Returns who the changes the command makes are by: the user, unless the command is told otherwise. */
    String coder() {
        return System.getProperty("user.name", "");
    }

    /** Does the command's work on the open library, printing to {@code out}. */
    abstract void run(LibrarySession session, PrintWriter out);
}
