package com.flagmark.app;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.util.Subscription;

/**
 * The listeners a view hangs on the view-models, which outlive it: a language switch builds the
 * window anew, and the old one must stop hearing them and be let go. A view adds its listeners
 * here and the window removes them all at once when it is replaced.
 */
final class ModelListeners {

    private Subscription added = Subscription.EMPTY;
    private int count;

    /** Listens to a value of a view-model until {@link #removeAll}. */
    <T> void listen(ObservableValue<T> value, ChangeListener<? super T> listener) {
        value.addListener(listener);
        remember(() -> value.removeListener(listener));
    }

    /** Listens to a list of a view-model until {@link #removeAll}. */
    <E> void listen(ObservableList<E> list, ListChangeListener<? super E> listener) {
        list.addListener(listener);
        remember(() -> list.removeListener(listener));
    }

    /** Removes every listener added here. */
    void removeAll() {
        added.unsubscribe();
        added = Subscription.EMPTY;
        count = 0;
    }

    /** The number of listeners added and not yet removed. */
    int count() {
        return count;
    }

    private void remember(Subscription removal) {
        added = added.and(removal);
        count++;
    }
}
