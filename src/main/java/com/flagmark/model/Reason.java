package com.flagmark.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Why something was left out, or what a check found wrong, written for the user: in English, as
 * the command line prints it, and under a key whose wording a window finds in its own language,
 * filled in with the values that go with it.
 *
 * @param text the reason in English, on one line
 * @param key names the reason's wording, such as {@code reason.noCode}; empty when it has none
 *        and a window shows the English text
 * @param arguments the values that wording is filled in with, in order
 */
public record Reason(String text, String key, List<String> arguments) {

    public Reason {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
    }

    /** A reason in English only. */
    public static Reason of(String text) {
        return new Reason(text, "", List.of());
    }

    /** A reason in English and under a key, filled in with these values. */
    public static Reason because(String text, String key, Object... arguments) {
        return new Reason(text, key, Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
