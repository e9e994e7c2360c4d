package com.flagmark.model;

/**
 * A failure the user must see, carrying a message written for that user: what went wrong and,
 * where it helps, what to do about it. It is logged once, where it is finally handled.
 */
public class FlagmarkException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FlagmarkException(String userMessage) {
        super(userMessage);
    }

    public FlagmarkException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }
}
