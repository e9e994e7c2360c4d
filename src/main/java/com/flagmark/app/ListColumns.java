package com.flagmark.app;

/**
 * Which of the article list's columns show at a width. The title tells articles apart, so it
 * keeps room for about ten characters: in a narrow list (a small window, a narrow library pane)
 * the number of annotations gives way first, then the source, which the source filter also
 * shows. The date stays.
 *
 * @param source whether the source column shows
 * @param count whether the column of the number of annotations shows
 */
record ListColumns(boolean source, boolean count) {

    /** The least width the title keeps, in pixels: about ten Chinese characters. */
    static final double TITLE_MIN = 140;
    static final double DATE = 92;
    static final double SOURCE_MIN = 56;
    static final double COUNT = 40;
    /** The vertical scroll bar and the cells' padding. */
    static final double CHROME = 16;

    /** Returns the columns that show in a list of this width, in pixels. */
    static ListColumns at(double width) {
        double forTitle = width - CHROME - DATE;
        if (forTitle - SOURCE_MIN - COUNT >= TITLE_MIN) {
            return new ListColumns(true, true);
        }
        return new ListColumns(forTitle - SOURCE_MIN >= TITLE_MIN, false);
    }
}
