package com.flagmark.ingest.decode;

/** A file's text and the charset it was read with; line ends are already {@code \n}. */
public record Decoded(String text, String charset) {
}
