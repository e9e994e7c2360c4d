package com.flagmark.render;

/**
 * How the reader page looks: the dark or light theme and the text size.
 *
 * @param zoom the text size in percent of the normal size, {@value #MIN_ZOOM}–{@value #MAX_ZOOM}
 */
public record ReaderOptions(boolean dark, int zoom) {

    public static final int MIN_ZOOM = 50;
    public static final int MAX_ZOOM = 300;

    /** The light theme at normal size. */
    public static final ReaderOptions DEFAULT = new ReaderOptions(false, 100);

    public ReaderOptions {
        if (zoom < MIN_ZOOM || zoom > MAX_ZOOM) {
            throw new IllegalArgumentException("Zoom is " + MIN_ZOOM + "–" + MAX_ZOOM + " %: " + zoom);
        }
    }

    /** Returns these options with another theme. */
    public ReaderOptions withDark(boolean dark) {
        return new ReaderOptions(dark, zoom);
    }

    /** Returns these options with another text size, held to {@value #MIN_ZOOM}–{@value #MAX_ZOOM} %. */
    public ReaderOptions withZoom(int percent) {
        return new ReaderOptions(dark, Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, percent)));
    }
}
