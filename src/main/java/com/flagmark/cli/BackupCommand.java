package com.flagmark.cli;

import com.flagmark.usecase.LibraryCare;
import com.flagmark.usecase.LibrarySession;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code flagmark backup}: makes a consistent copy of the library, kept until the user deletes it. */
@Command(name = "backup", description = "Back up the library into the folder beside it (LIBRARY-backups).")
final class BackupCommand extends LibraryCommand {

    @Option(names = "--json", description = "Print {\"backup\": FILE} as JSON.")
    boolean json;

    @Override
    void run(LibrarySession session, PrintWriter out) {
        Path backup = LibraryCare.of(session).backup();
        out.println(json ? CliJson.write(CliJson.object().put("backup", backup.toString())) : "Backed up to " + backup);
    }
}
