package com.flagmark.cli;

import com.flagmark.library.Backups;
import com.flagmark.usecase.LibraryCare;
import com.flagmark.usecase.LibrarySession;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code flagmark restore}: lists the library's backups, or puts one back in place of the
 * library (which need not exist, or may be damaged), keeping the library as it was as a backup.
 */
@Command(name = "restore", description = "List the library's backups, or restore one (BACKUP: a file, or 'latest').")
final class RestoreCommand implements Runnable {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    @ParentCommand
    Cli root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "BACKUP", arity = "0..1", description = "The backup to restore: its file, or 'latest'.")
    String backup;

    @Override
    public void run() {
        Path file = root.library != null ? root.library : LibrarySession.defaultFile();
        PrintWriter out = spec.commandLine().getOut();
        List<Backups.Backup> backups = LibraryCare.backups(file);
        if (backup == null) {
            list(file, backups, out);
            return;
        }
        Path chosen = backup.equals("latest") ? backups.stream().findFirst().map(Backups.Backup::file)
                .orElseThrow(() -> new RefusedInput("There is no backup of " + file + " in " + LibraryCare.backupFolder(file)
                        + ".")) : Path.of(backup);
        Optional<Path> before = LibraryCare.restore(chosen, file);
        out.println("Restored " + file + " from " + chosen + "."
                + before.map(kept -> " The library as it was is kept in " + kept + ".").orElse(""));
    }

    private static void list(Path file, List<Backups.Backup> backups, PrintWriter out) {
        if (backups.isEmpty()) {
            out.println("There is no backup of " + file + " in " + LibraryCare.backupFolder(file) + ".");
            return;
        }
        out.println("Backups of " + file + ", newest first:");
        for (Backups.Backup each : backups) {
            out.println("  " + WHEN.format(each.made()) + "  " + each.reason() + "  " + each.file());
        }
    }
}
