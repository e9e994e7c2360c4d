package com.flagmark.cli;

import com.flagmark.model.FlagmarkException;

/**
 * Input a command refuses, such as a span outside the article or an unknown code: the command
 * line exits with status 2, as for a command line it cannot read, and says why in one line.
 */
final class RefusedInput extends FlagmarkException {

    private static final long serialVersionUID = 1L;

    RefusedInput(String userMessage) {
        super(userMessage);
    }
}
