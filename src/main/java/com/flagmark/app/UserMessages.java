package com.flagmark.app;

import com.flagmark.model.FlagmarkException;
import com.flagmark.model.Reason;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns a failure into one line for the user, in the UI's language, and logs what the user does not need to see. */
final class UserMessages {

    private static final Logger LOG = Logger.getLogger(UserMessages.class.getName());

    private UserMessages() {
    }

    /** A reason something was not imported, in the UI's language where its wording is known, else as given. */
    static String reason(String key, List<String> arguments, String given) {
        return key.isEmpty() ? given : Messages.find("reason." + key, arguments.toArray()).orElse(given);
    }

    /** A reason or a problem found, in the UI's language where its wording is known, else in English. */
    static String reason(Reason reason) {
        return reason(reason.key(), reason.arguments(), reason.text());
    }

    static String of(Throwable problem) {
        if (problem instanceof FlagmarkException userFacing) {
            return userFacing.key()
                    .flatMap(key -> Messages.find("error." + key, userFacing.arguments().toArray()))
                    .orElse(userFacing.getMessage());
        }
        LOG.log(Level.WARNING, "Unexpected failure", problem);
        String detail = problem == null ? null : problem.getMessage();
        return detail == null ? Messages.get("error.unexpected") : Messages.get("error.unexpected.detail", detail);
    }
}
