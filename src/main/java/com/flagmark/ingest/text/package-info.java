/**
 * Text and posts ({@link com.flagmark.ingest.text.TextArticles}, the entry): lines from posts,
 * Markdown, plain text and HTML become articles; bylines, datelines, captions and chrome are
 * told apart, lines a layout broke are joined, and a page of several stories is split.
 */
package com.flagmark.ingest.text;
