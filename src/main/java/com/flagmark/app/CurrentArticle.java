package com.flagmark.app;

import java.util.List;
import java.util.OptionalLong;

/**
 * The one current article: the one the reader shows, which the list keeps selected. The list
 * may reload (a search cleared, an annotation deleted, the window rebuilt in another language)
 * and select another row on its own; only a row the user chose opens another article, and after
 * a reload the current article's row is selected again.
 */
final class CurrentArticle {

    private OptionalLong current = OptionalLong.empty();

    /** The article the reader shows, if any. */
    OptionalLong id() {
        return current;
    }

    /** Records the article the reader now shows. */
    void shown(long articleId) {
        current = OptionalLong.of(articleId);
    }

    /** Records that the reader shows no article. */
    void none() {
        current = OptionalLong.empty();
    }

    /** Tells whether a row the user selected opens its article: it does unless it is the current one. */
    boolean opens(long selectedId) {
        return current.isEmpty() || current.getAsLong() != selectedId;
    }

    /**
     * Returns the row to select in a list that shows these articles, in this order: the current
     * article's row, or −1 when the list does not show it (a search left it out) and nothing is
     * to be selected.
     */
    int rowIn(List<Long> listed) {
        return current.isEmpty() ? -1 : listed.indexOf(current.getAsLong());
    }
}
