package com.flagmark.export;

import com.flagmark.model.FlagmarkException;

/**
 * An import file refused before anything was changed: unreadable, malformed, of an unknown
 * format or unsafe to open. The message says which, for the user.
 */
public final class RefusedFile extends FlagmarkException {

    private static final long serialVersionUID = 1L;

    public RefusedFile(String message) {
        super(message);
    }
}
