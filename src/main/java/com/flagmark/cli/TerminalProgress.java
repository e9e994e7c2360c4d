package com.flagmark.cli;

import com.flagmark.model.Progress;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/** Shows an import's progress on one line of the terminal's error stream, if it is a terminal. */
final class TerminalProgress implements Progress {

    private final PrintWriter err;
    private final boolean terminal;
    private long lastShown;

    TerminalProgress(CommandSpec spec) {
        this.err = spec.commandLine().getErr();
        this.terminal = System.console() != null;
    }

    @Override
    public void update(long done, long total, String message) {
        long now = System.nanoTime();
        if (!terminal || (done < total && now - lastShown < 100_000_000L)) {
            return;
        }
        lastShown = now;
        err.printf("\r%d/%d files", done, total);
        if (done == total) {
            err.print("\r\033[K");
        }
        err.flush();
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
