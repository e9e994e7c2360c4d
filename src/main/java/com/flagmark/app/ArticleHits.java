package com.flagmark.app;

import com.flagmark.annotate.Span;
import com.flagmark.usecase.ArticleList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The hits of the search in the open article, and which of them the reader is at: the first
 * when the article opens, then the next or previous one (n / N, F3 / Shift+F3), round the end.
 */
final class ArticleHits {

    // Properties

    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper("");

    private List<Span> hits = List.of();
    private int current = -1;
    private String query = "";
    private String text = "";

    /** Where the reader is among the hits, such as "Hit 3 of 12"; empty when there are none. */
    ReadOnlyStringProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    /** Every hit in the article, in code points of its canonical text, in order. */
    List<Span> hits() {
        return hits;
    }

    /** The index of the current hit, −1 when there are none. */
    int current() {
        return current;
    }

    // Commands

    /**
     * Finds the search's hits in an article's text, the first being the current one; the same
     * search in the same text (the article shown again) keeps the current hit.
     */
    void find(String searched, String articleText) {
        if (searched.equals(query) && articleText.equals(text)) {
            return;
        }
        query = searched;
        text = articleText;
        hits = searched.isBlank() ? List.of() : ArticleList.hits(searched, articleText);
        current = hits.isEmpty() ? -1 : 0;
        update();
    }

    /** Moves to the next (1) or previous (−1) hit, round the end; returns false when there are none. */
    boolean step(int direction) {
        if (hits.isEmpty()) {
            return false;
        }
        current = Math.floorMod(current + direction, hits.size());
        update();
        return true;
    }

    private void update() {
        position.set(hits.isEmpty() ? "" : Messages.get("hits.position", current + 1, hits.size()));
    }
}
