package com.flagmark.cli;

import java.util.Locale;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What a command shows of the program's log: each record as one line on standard error, with
 * the message of the failure it carries but not its stack trace, which says nothing to the
 * researcher running the command. The desktop app keeps Java's own format.
 */
final class CommandLog {

    private CommandLog() {
    }

    /** Makes the console's log records one line each, for the rest of this process. */
    static void install() {
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            if (handler instanceof ConsoleHandler) {
                handler.setFormatter(new OneLine());
            }
        }
    }

    /** A record as {@code flagmark: warning: message: the failure's message}. */
    static final class OneLine extends Formatter {

        @Override
        public String format(LogRecord record) {
            StringBuilder line = new StringBuilder("flagmark: ")
                    .append(record.getLevel().getName().toLowerCase(Locale.ROOT)).append(": ")
                    .append(formatMessage(record));
            Throwable thrown = record.getThrown();
            if (thrown != null) {
                line.append(": ").append(thrown.getMessage() != null ? thrown.getMessage()
                        : thrown.getClass().getSimpleName());
            }
            return line.append(System.lineSeparator()).toString();
        }
    }
}
