package com.flagmark.ingest;

/** A file's text and the charset it was read with; line ends are already {@code \n}. */
record Decoded(String text, String charset) {
}
