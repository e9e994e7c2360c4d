package com.flagmark.app;

import java.util.List;
import java.util.Optional;

/** What the reader tells the window about the user's doings in the page; called on the FX thread. */
public interface ReaderListener {

    /**
     * The selection changed: its span {@code [start, end)} in code points of the canonical text,
     * trimmed of white space, or empty when nothing (or only white space) is selected.
     */
    void selectionChanged(Optional<int[]> span);

    /** A highlight was clicked: the ids of the annotations under the click, innermost first. */
    void highlightsClicked(List<Long> idsInnermostFirst);

    /** A suggestion's dashed mark was clicked: the ids of the suggestions under the click, innermost first. */
    default void suggestionsClicked(List<Long> idsInnermostFirst) {
    }
}
