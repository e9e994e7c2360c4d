package com.flagmark.cli;

import com.flagmark.library.IndexProgress;
import com.flagmark.usecase.LibrarySession;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Waits for a search index that lags far behind its library (one restored from a backup, or
 * opened after a crash) before a command searches it, saying so on the error stream: a search
 * then gives exact results, after a wait the user can see the end of.
 */
final class SearchIndexWait {

    /** A lag the search itself catches up with in about a second, without a word. */
    private static final long UNREMARKED = 2_000;
    private static final long SHOWN_EVERY_NANOS = 250_000_000L;

    private SearchIndexWait() {
    }

    /** Before a search: says that the index is being brought up to date and shows how far it is. */
    static void beforeSearching(LibrarySession session, CommandSpec spec) {
        IndexProgress now = session.searchIndexProgress();
        if (now.behind() <= UNREMARKED) {
            return;
        }
        PrintWriter err = spec.commandLine().getErr();
        err.printf("The search index is being brought up to date (%,d of %,d changes, %d %%); the search runs"
                + " once it is.%n", now.indexed(), now.logged(), now.percent());
        err.flush();
        await(session, err);
    }

    /** After an import: indexes what it stored, showing how far on a terminal. */
    static void afterImporting(LibrarySession session, CommandSpec spec) {
        await(session, spec.commandLine().getErr());
    }

    private static void await(LibrarySession session, PrintWriter err) {
        boolean terminal = System.console() != null;
        long[] shownAt = {System.nanoTime()};
        session.awaitSearchIndex(progress -> {
            long time = System.nanoTime();
            if (terminal && time - shownAt[0] > SHOWN_EVERY_NANOS) {
                shownAt[0] = time;
                err.printf("\rsearch index: %,d of %,d changes (%d %%)", progress.indexed(), progress.logged(),
                        progress.percent());
                err.flush();
            }
        });
        if (terminal) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
