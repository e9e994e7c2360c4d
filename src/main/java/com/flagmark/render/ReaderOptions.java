package com.flagmark.render;

import java.util.Objects;

/**
 * How the reader page looks: the dark or light theme, the text size, and the language of its
 * own words.
 *
 * @param zoom the text size in percent of the normal size, {@value #MIN_ZOOM}–{@value #MAX_ZOOM}
 * @param words the page's words around the article
 */
public record ReaderOptions(boolean dark, int zoom, ReaderWords words) {

    public static final int MIN_ZOOM = 50;
    public static final int MAX_ZOOM = 300;

    /** The light theme at normal size, in Chinese. */
    public static final ReaderOptions DEFAULT = new ReaderOptions(false, 100);

    public ReaderOptions {
        if (zoom < MIN_ZOOM || zoom > MAX_ZOOM) {
            throw new IllegalArgumentException("Zoom is " + MIN_ZOOM + "–" + MAX_ZOOM + " %: " + zoom);
        }
        Objects.requireNonNull(words, "words");
    }

    /** A theme and a text size, with the page's words in Chinese. */
    public ReaderOptions(boolean dark, int zoom) {
        this(dark, zoom, ReaderWords.CHINESE);
    }

    /** Returns these options with another theme. */
    public ReaderOptions withDark(boolean dark) {
        return new ReaderOptions(dark, zoom, words);
    }

    /** Returns these options with another text size, held to {@value #MIN_ZOOM}–{@value #MAX_ZOOM} %. */
    public ReaderOptions withZoom(int percent) {
        return new ReaderOptions(dark, Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, percent)), words);
    }

    /** Returns these options with the page's words in another language. */
    public ReaderOptions withWords(ReaderWords other) {
        return new ReaderOptions(dark, zoom, other);
    }
}
