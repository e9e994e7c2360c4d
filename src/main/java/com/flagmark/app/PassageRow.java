package com.flagmark.app;

import com.flagmark.library.Passage;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * A row of the Passages table: its place in the list, and its passage once the page it is on
 * has been read (rows are made for every passage at once, their passages read as they scroll
 * into view).
 */
final class PassageRow {

    private final int index;
    private final ReadOnlyObjectWrapper<Optional<Passage>> passage = new ReadOnlyObjectWrapper<>(Optional.empty());

    PassageRow(int index) {
        this.index = index;
    }

    int index() {
        return index;
    }

    ReadOnlyObjectProperty<Optional<Passage>> passageProperty() {
        return passage.getReadOnlyProperty();
    }

    void show(Passage loaded) {
        passage.set(Optional.of(loaded));
    }
}
