package com.flagmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command shows the program's log records as one line each, never as a stack trace. */
class CommandLogTest {

    @TempDir
    Path folder;

    private final List<Runnable> restore = new ArrayList<>();

    @AfterEach
    void restoreTheConsole() {
        restore.forEach(Runnable::run);
    }

    @Test
    void aLoggedFailureIsOneLineWithWhatWentWrongAndNoStackTrace() {
        LogRecord record = new LogRecord(Level.WARNING, "The search index {0} could not index the library''s changes");
        record.setParameters(new Object[] {"lib.sqlite-search"});
        record.setThrown(new IOException("No space left on device"));

        String line = new CommandLog.OneLine().format(record);

        assertThat(line).isEqualTo("flagmark: warning: The search index lib.sqlite-search could not index the"
                + " library's changes: No space left on device" + System.lineSeparator());
    }

    @Test
    void aCommandMakesTheConsolesRecordsOneLineAndTheWindowLeavesThemAsTheyAre() {
        List<Handler> consoles = consoles();
        assertThat(consoles).isNotEmpty();
        CliRun.of(library -> { }, "--library", folder.resolve("window.sqlite").toString());
        assertThat(consoles).allSatisfy(console ->
                assertThat(console.getFormatter()).isNotInstanceOf(CommandLog.OneLine.class));

        CliRun run = CliRun.of(library -> { }, "--library", folder.resolve("lib.sqlite").toString(), "list");

        assertThat(run.err()).contains("There is no library");
        assertThat(consoles).allSatisfy(console ->
                assertThat(console.getFormatter()).isInstanceOf(CommandLog.OneLine.class));
    }

    private List<Handler> consoles() {
        List<Handler> consoles = new ArrayList<>();
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            if (handler instanceof ConsoleHandler) {
                Formatter before = handler.getFormatter();
                restore.add(() -> handler.setFormatter(before));
                // Java's own format, whatever a command run earlier in this Java made it.
                handler.setFormatter(new SimpleFormatter());
                consoles.add(handler);
            }
        }
        return consoles;
    }
}
