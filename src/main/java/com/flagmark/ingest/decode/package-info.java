/**
 * Decoding and metadata: tells binary from text, finds the charset ({@link com.flagmark.ingest.decode.Decoder},
 * the entry) and the format, and reads what articles are described by: front matter, dates,
 * and the draft of an article's metadata that the other groups fill.
 */
package com.flagmark.ingest.decode;
