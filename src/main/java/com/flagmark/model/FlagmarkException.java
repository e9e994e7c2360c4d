package com.flagmark.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A failure the user must see, carrying a message written for that user: what went wrong and,
 * where it helps, what to do about it. It is logged once, where it is finally handled. A message
 * that a window shows in the user's language also carries a key, under which the window finds
 * its wording, and the values that fill it in.
 */
public class FlagmarkException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final List<String> arguments;

    public FlagmarkException(String userMessage) {
        this(userMessage, (Throwable) null);
    }

    public FlagmarkException(String userMessage, Throwable cause) {
        super(userMessage, cause);
        this.key = null;
        this.arguments = List.of();
    }

    /**
     * A failure whose message a window words in its own language.
     *
     * @param userMessage the message in English, as the command line shows it
     * @param cause the failure underneath, or null
     * @param key names the message's wording, such as {@code export.cannotWrite}
     * @param arguments the values the wording is filled in with, in order
     */
    public FlagmarkException(String userMessage, Throwable cause, String key, Object... arguments) {
        super(userMessage, cause);
        this.key = key;
        this.arguments = Arrays.stream(arguments).map(String::valueOf).toList();
    }

    /** The key of the message's wording, if it has one. */
    public Optional<String> key() {
        return Optional.ofNullable(key);
    }

    /** The values the wording is filled in with. */
    public List<String> arguments() {
        return arguments;
    }
}
