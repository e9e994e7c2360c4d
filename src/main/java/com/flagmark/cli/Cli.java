package com.flagmark.cli;

import com.flagmark.export.RefusedFile;
import com.flagmark.model.FlagmarkException;
import com.flagmark.usecase.RefusedFilter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code flagmark} command. With a subcommand it works headless; without one it opens the
 * desktop app on the chosen library. Exit status: 0 when the command did its job, 1 with a
 * one-line message on stderr when it could not, 2 for a command line it cannot read or input it
 * refuses (a span outside the article, an unknown code), the latter with a one-line message.
 */
@Command(name = "flagmark", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Reads, annotates and codes Chinese news about local-government campaigns.",
        subcommands = {ImportCommand.class, ListCommand.class, ShowCommand.class, SearchCommand.class,
            AnnotateCommand.class, AnnotationsCommand.class, CodesCommand.class, ExportCommand.class,
            ImportAnnotationsCommand.class, SuggestCommand.class, EditCommand.class, RecleanCommand.class,
            CheckCommand.class, BackupCommand.class, RestoreCommand.class, PassagesCommand.class,
            MatrixCommand.class, TimelineCommand.class, OutcomesCommand.class},
        footer = {"", "Without a command, opens the desktop app."})
public final class Cli implements Runnable {

    /** Exit status when the command could not do its job. */
    public static final int FAILED = 1;

    /** Exit status for a command line picocli cannot read, or input a command refuses. */
    public static final int REFUSED = 2;

    @Option(names = "--library", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "The library file (default: a library in your user data folder).")
    Path library;

    private final Consumer<Optional<Path>> desktop;

    private Cli(Consumer<Optional<Path>> desktop) {
        this.desktop = desktop;
    }

    /**
     * Runs the command line and returns the exit status.
     *
     * @param desktop opens the desktop app on a library file, or on the default library
     */
    public static int run(String[] args, Consumer<Optional<Path>> desktop, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Cli(desktop));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((problem, line, parsed) -> {
            line.getErr().println("flagmark: " + message(problem));
            line.getErr().flush();
            return problem instanceof RefusedInput || problem instanceof RefusedFile || problem instanceof RefusedFilter
                    ? REFUSED : FAILED;
        });
        commandLine.setExecutionStrategy(parsed -> {
            if (parsed.hasSubcommand()) {
                CommandLog.install();
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        int status = commandLine.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    @Override
    public void run() {
        desktop.accept(Optional.ofNullable(library));
    }

    private static String message(Exception problem) {
        if (problem instanceof FlagmarkException userFacing) {
            return userFacing.getMessage();
        }
        String detail = problem.getMessage();
        return "unexpected error: " + problem.getClass().getSimpleName() + (detail == null ? "" : ": " + detail);
    }
}
